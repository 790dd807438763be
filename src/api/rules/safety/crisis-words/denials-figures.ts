// Crisis words (pattern.ts, crisis.ts): what takes a cue back — a denial before or after it, a
// sentence that only says no, a figure of speech that borrows the words (removed before reading),
// laughter.
import { any } from './pattern.js';

// A sentence that only says no ("Nope.", "Para nada"): it takes back the one before.
export const DENIED_AFTER =
  /^\s*(?:nope|nah|no|never|none|zero|ninguno|ninguna|not really|not at all|nunca|para nada|jamas|ni de broma|i do not|i dont|i am not|not me|not me, not ever|yo no|no lo soy)\s*$/;

// A sentence that dates the one before it: "That was four years ago", "eso fue hace años".
export const LOOKS_BACK = /^ ?(?:that|this|it|eso|esto) (?:is|was|fue|paso|era)\b/;

// Acting denied, whatever the wish: "I won't act on it", "I'm not going to.", "no voy a hacer nada".
export const NO_ACT =
  /\b(?:(?:will not|would not|am not going to|not going to|never going to|would never|no voy a|no pienso|no quiero|no lo voy a|nunca (?:lo )?voy a) (?:do|act|hurry|hacer|actuar|apurar)\b|(?:not going to|no lo voy a hacer)\s*[.!]?\s*$|not because (?:i am|im) going to)/m;

// Denials: the cue after these words is said not to be so. A denial ends where its own phrase
// does ("ya no puedo más, me las tomo"), and "can't stop", "no paro de" are no denial at all.
export const DENIAL =
  /\b(?:(?:not|no(?! longer)|never|nunca|jamas|ni|sin|without|nor|ningun[oa]?|para nada)(?: (?!i |yo |when |cuando |esta |estan |here |there |home |because |porque |and |y |so |then |entonces |mas |more |stop |paro |dejo )[a-z]+){0,3}|(?:asked|asks|asking|pregunto|preguntan) (?:me )?(?:if|whether|si)(?: [a-z]+){0,6}|(?:if|si) (?:someone|somebody|alguien)(?: [a-z]+){0,4}|zero(?: [a-z]+){0,2}|nada de(?: [a-z]+){0,2}|too much to(?: [a-z]+){0,2}|descarto(?: [a-z]+){0,2}|no soy de esas personas(?: [a-z]+){0,3}|en ningun momento(?: [a-z]+){0,3}|ni se me pasa por la (?:mente|cabeza)(?: [a-z]+){0,2}) ?$/;

// Figures of speech that borrow the words; removed before reading.
export const FIGURES = new RegExp(
  `\\b${any([
    '(?:is|are|was|were|s|it|this|that|they|you|feet|back|legs|head) (?:is |are |was |were )?(?:really |literally |totally |so )?killing me',
    'killing me (?:softly|with)',
    'kill(?:ed|s)? me (?:with|laughing)',
    '(?:could|would) (?:kill|murder) (?:for|a|an|some)',
    'kill for (?:a|an|some)',
    'murder (?:a|an|some)',
    'kill(?:ed|ing)? it',
    'kill(?:ed|ing)? (?:the|some) (?:lights|engine|music|mood|vibe|time|bugs|spider)',
    'dying (?:to|for)',
    'die for',
    'to die for',
    '(?:die|died|dying|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|boredom|curiosity|cuteness|envy|jealousy|cringe|excitement|heat|cold|hunger)',
    '(?:die|died|dying) laughing',
    '(?:almost|nearly) died',
    '(?:i )?would rather die than',
    'dead (?:tired|serious|set|inside lol|on my feet)',
    'drop dead',
    'wanted to shoot myself lmao',
    'shoot myself lol',
    'kill myself lol',
    'kill me now lol',
    'suicide (?:squeeze|squad|run|runs|sprints|doors|mission|drills)',
    'the death of me',
    'be the death',
    'bored to death',
    'scared to death',
    'to death',
    '(?:phone|battery|laptop|movil|celular|bateria)s? (?:is |was |just )?(?:dying|died|dead)',
    '(?:exam|game|meeting|shift|trip|class|plan|idea|examen|partido|reunion|turno|viaje|clase)(?: [a-z]+){0,3} (?:es|fue|era|seria|is|was) (?:un|a) suicid(?:io|e)',
    'battery (?:died|is dead|was dead)',
    'morir de (?:risa|verguenza|ganas|hambre|sed|calor|frio|amor|aburrimiento|envidia|sueno|nervios|miedo|pena|cansancio)',
    '(?:me )?(?:muero|muriendo|mori|morir|muera|moria) de (?:risa|verguenza|ganas|hambre|sed|calor|frio|amor|aburrimiento|envidia|sueno|nervios|miedo|pena|cansancio)',
    'me quiero morir de (?:la )?(?:risa|verguenza|ganas)',
    'me muero por (?:ver|ir|probar|conocer|empezar|saber|que)',
    'muert[oa] de (?:risa|cansancio|hambre|sueno|miedo|frio|calor|verguenza)',
    'me (?:mata|mato|matan|mataron|va a matar|van a matar) (?:el|la|los|las|este|esta|ese|esa|cuando|si)',
    // "Ese examen de física me mató", but not "cuando mi mujer se duerma me mato" (the subject is the writer).
    '(?<!(?:con|a|de|para|por|sin|que|cuando|cuelgue|salga) )(?:el|la|los|las|este|esta|ese|esa|mi|mis) (?!dia|noche|rato|momento|vez|fin|semana|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|verano|mismo)[a-z]{2,15}(?: (?!se |que |cuando |y |lo |si |no )[a-z]{1,12}){0,3} me (?:mata|mato|matan|mataron|va a matar|van a matar)',
    'me (?:va|van) a (?:llevar a la tumba|matar)',
    'mataria por',
    '(?:i )?could (?:just )?die',
    'prefiero morir antes',
    '(?:could|would|should) kill myself for',
    'overdos(?:ed|ing|e) on (?:coffee|caffeine|sugar|chocolate|candy|netflix|tv|work|memes)',
    '(?:kill|murder) my (?:brother|sister|mom|mum|dad|husband|wife|boss|roommate|kids?)',
    'me tiene muert[oa]',
    'me (?:mato|voy a matar|estoy matando|mataba) (?:trabajando|estudiando|corriendo|entrenando|limpiando|de risa)',
    'al borde del suicidio',
    'run(?:ning)? suicides',
    'dead to the world',
    '(?:te|los|las|lo|la|nos) (?:voy a|va a|quiere|quieren) matar',
    'prefiero [a-z ]{1,30} antes que',
    'if my team',
    'rope swing',
    'boat rope',
    'roof deck',
    'watch the fireworks',
    'despedida de soltera',
    'despedida de soltero',
    'trampolin',
    'casi me mato',
    'de la risa',
    'rope to the (?:old )?tire',
    'tire swing',
    'tender la ropa',
    'tendiendo (?:la )?ropa',
    'chefs? knife',
    'kitchen knife',
    'cuchillo de cocina',
    'cuerda para tender',
    'cuerda para saltar',
    'me tiro en paracaidas',
    'me corte el pelo',
    'muert[oa] de cansancio',
    'cut(?:ting)? my hair',
    'me mato de risa',
    'heart attack',
    '(?:revolver|pistola|arma|cuchillo) de juguete',
    'toy (?:gun|revolver|pistol|knife)',
    'detector',
    'would rather die',
    'matar el tiempo',
    'me mata de (?:risa|ganas)',
    'no me mates',
    '(?:voy a|va a|lo voy a|la voy a) matar a (?:mi|mis|este|esta|ese|esa|el|la|los|las)',
    '(?:to|a|al) (?:the |el |la )?(?:bridge|roof|rooftop|puente|azotea|techo)(?: [a-z]+){0,2} (?:to (?:watch|see)|a ver|para ver) (?:the |los |las |el |la )?[a-z]+',
    '(?:boss|mom|mum|dad|mother|father|wife|husband|teacher|coach|sister|brother|parents|manager|girlfriend|boyfriend) (?:is going to|will|going to|would) (?:kill|murder) me',
  ])}\\b`,
  'g',
);

// "Wanting to die is not my thing", "morir no es una opción".
export const DENIED_BY_WHAT_FOLLOWS =
  /^[a-z ]{0,12}\b(?:(?:is not|isnt|was not|wasnt|no es|nunca fue) (?:my thing|me|an option|on the table|something i|una opcion|lo mio|algo que)|and the answer is no|y la respuesta es no|no entra en mis planes|ninguno|ninguna|no\s*$|(?:has )?never crossed my mind|(?:is not|isnt) on my radar|nunca ha pasado por mi cabeza|ni se me cruza|no soy\b)/;

// Laughter marks a joke: "me quiero tirar por la ventana jaja", "ill jump off a bridge lmao".
export const LAUGHTER = /\b(?:ja(?:ja)+|je(?:je)+|lol|lmao+|lmfao|haha+|xd|jsjs)\b/;
