/**
 * Crisis tiers of a visitor's own words, shared by the widgets (as the visitor types) and the
 * server (flags, review order). docs/safety.md defines the tiers with examples.
 *
 * The rules follow the structure of risk that clinicians screen for, not a list of sentences:
 * each sentence is read for cues (a wish to be dead, thoughts of suicide, self-harm, intent, a
 * plan or method, means at hand, a time, an act in progress, a goodbye), with whose risk it is
 * (the writer's or someone else's), when (now or in the past) and whether it is denied; the tier
 * comes from how the cues combine across neighbouring sentences. Figures of speech ("this
 * commute is killing me", "me muero de risa") are removed first.
 *
 * Every pattern has bounded repetition and no nested unbounded quantifiers, and the text is read
 * sentence by sentence once, so the time is linear in the length of any input.
 */
import { normalizeText } from './normalize.js';

export const CRISIS_TIERS = ['none', 'low', 'medium', 'high'] as const;
/**
 * `high`: intent, plan, means, a time, preparations, a goodbye or an act in progress;
 * `medium`: current thoughts of suicide or of being dead, self-harm now, a past attempt, or
 * someone else at risk now; `low`: a past, general or someone else's past mention.
 */
export type CrisisTier = (typeof CRISIS_TIERS)[number];

/** The cues found in a text, for staff and for the evaluation (docs/safety.md). */
export const CRISIS_CUES = [
  'wish_dead',
  'ideation',
  'self_harm',
  'intent',
  'plan',
  'means',
  'time',
  'preparation',
  'goodbye',
  'in_progress',
  'past_attempt',
  'other_person',
  'mention',
] as const;
export type CrisisCue = (typeof CRISIS_CUES)[number];

export interface CrisisAssessment {
  tier: CrisisTier;
  cues: CrisisCue[];
}

const any = (parts: readonly string[]) => `(?:${parts.join('|')})`;
const words = (parts: readonly string[]) => new RegExp(`\\b${any(parts)}\\b`);

// The writer's own death or suicide, in the words people use.
const SELF_DEATH = any([
  'kill myself',
  'killing myself',
  'end (?:it|it all|everything|things|my life|my own life|this|my suffering)',
  'ending (?:it|it all|everything|things|my life|this)',
  'take my (?:own )?life',
  'taking my (?:own )?life',
  'commit suicide',
  'suicide',
  'hang myself',
  'shoot myself',
  'off myself',
  'drown myself',
  'slit my (?:wrists?|throat)',
  'jump (?:off|from|in front)',
  'overdose',
  'not wake up',
  'never wake up',
  'sleep forever',
  'stop existing',
  'not exist',
  'disappear (?:forever|for good|for ever)',
  'be dead',
  'die',
  'matarme',
  'matar',
  'suicidarme',
  'suicidar',
  'quitarme la vida',
  'quitar la vida',
  'acabar con (?:todo|mi vida|esto|este dolor|mi sufrimiento)',
  'terminar con (?:todo|mi vida|esto)',
  'morir',
  'estar muert[oa]',
  'no despertar',
  'dejar de existir',
  'desaparecer (?:para siempre|de una vez)',
  'quitarme de en medio',
  'ahorcarme',
  'colgarme',
  'tirarme (?:del|de|al|a las|a la|por|desde)',
  'aventarme',
  'pegarme un tiro',
  'cortarme las venas',
  'tomarme todas',
  'would kill me',
  'will kill me',
  'enough to kill me',
  'me mataria',
  'me (?:mato|suicido|quito la vida|quito de en medio|tiro|ahorco|cuelgo)',
  '(?:it|everything|this) (?:all )?ends',
  'se (?:termina|acaba) todo',
  'todo se (?:termina|acaba)',
  'desaparezco (?:para siempre|de una vez)',
  'checking out',
  'be gone',
  'no despertar mas',
  'dont wake up',
  'do not wake up',
  'tap(?:ping)? out (?:for good|permanently|early)',
  'lights out for me',
  'check(?:ing)? out (?:for good|early|permanently)',
  'let(?:ting)? go (?:of the (?:railing|ledge|edge)|for good)',
  'drive (?:my car |the car |my truck )?(?:into|off)',
  'carbon monoxide',
  'step in front of',
  'irme de este mundo',
  'dejar este mundo',
  'acabar con mi vida',
  'aventarme',
  'lanzarme',
  'finish (?:it|things|this|myself off)',
  'get it over with',
  'can not (?:promise|guarantee) (?:i will|ill|myself|to) (?:be|stay|keep) ?safe',
  'can not keep myself safe',
]);

// Hurting oneself without (stated) suicidal intent.
const SELF_HARM = any([
  '(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|hit|hitting|punch|punching|starve|starving) myself',
  'cut (?:again|deeper|deep)',
  'cutting (?:again|deeper|deep|my)',
  'want to cut',
  'urge to cut',
  'urges to (?:cut|hurt|harm|burn)',
  'cortarme',
  'me corto',
  'me corte',
  'me estoy cortando',
  'me he cortado',
  'volvi a cortarme',
  'hacerme dano',
  'lastimarme',
  'me lastimo',
  'me lastime',
  'quemarme',
  'me queme',
  'me quemo',
  'golpearme',
  'rasgunarme',
  '(?:burned|burnt|cut|scratched|hit|punched|carved) (?:into )?my (?:arm|arms|legs?|wrists?|thighs?|skin|stomach|hips?)',
  'scratching my (?:arms|legs|skin|wrists)',
  'until (?:it|they|i) bleeds?',
  'cutting (?:is|helps|makes)',
  'autolesionar(?:me)?',
  'me he vuelto a autolesionar',
  'me (?:doy|di) (?:cabezazos|golpes)',
  'cortarme es',
  'me queme el brazo',
  'self ?harm(?:ing|ed)',
  'autolesionando',
  'relapsed (?:on|with|and cut)',
]);

// A wish to be dead or not to be, said in the present.
const WISH_DEAD = any([
  'wish i (?:was|were|could be) (?:dead|gone|never born)',
  'wish i (?:could|would) (?:just )?(?:die|disappear|not wake up|never wake up|stop existing|go to sleep|fall asleep|vanish)',
  'wish i (?:did not|would not|would never) wake up',
  'hope i (?:do not|never) wake up',
  '(?:do not|dont) want to (?:be alive|live|exist|wake up|be here|keep going|go on|be around)',
  'want to disappear',
  'better off (?:without me|dead|if i was gone|if i were gone|if i was not here|if i were not here)',
  'burden (?:to|for|on) (?:everyone|everybody|my|them|you)',
  'just a burden',
  'no (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|being here|keep going)',
  'what is the point (?:of|in) (?:living|life|being alive|going on)',
  'tired of (?:living|being alive|life|existing)',
  '(?:do not|dont) care if i (?:die|live|do not wake up)',
  'would rather be dead',
  'rather not (?:be alive|exist|be here)',
  'easier if i (?:just )?(?:did not exist|was not here|were not here|was gone|were gone|was dead|died)',
  'easier (?:to|if i) (?:not exist|disappear|die)',
  'if i died',
  'ready to die',
  'can not (?:go on|do this any more|keep going|live like this)',
  'no longer want to (?:live|be here|exist)',
  'life is not worth',
  'not worth living',
  'ojala (?:no despertar|no despierte|me muera|me muriera|estuviera muert[oa]|no existiera|desaparecer|hubiera ido yo|me pase algo|me atropelle)',
  'quisiera (?:morir|desaparecer|no despertar|dejar de existir|no existir|estar muert[oa])',
  'no quiero (?:vivir|seguir viviendo|seguir|estar aqui|despertar|existir|estar viv[oa]|seguir aqui)',
  'ya no quiero (?:estar|seguir|vivir)',
  'estarian mejor sin mi',
  'mejor sin mi',
  'soy una carga',
  'no tiene sentido (?:vivir|seguir|la vida|estar viv[oa])',
  'para que (?:seguir|vivir)',
  'cansad[oa] de (?:vivir|la vida|existir|estar viv[oa])',
  'me da igual (?:morir|vivir|si me muero)',
  'ganas de (?:morir|no existir|desaparecer|no despertar|dejar de existir|no estar)',
  'seria mas facil (?:no existir|no estar|desaparecer|morir)',
  'mas facil (?:no existir|no estar|desaparecer)',
  'no aguanto (?:mas|un dia mas)',
  'no puedo mas',
  'no vale la pena vivir',
  '(?:hope|pray|wish|praying|hoping|wishing)(?: that)? i (?:just )?(?:do not|never|would not|will not) wake up',
  '(?:hope|pray|wish|hoping|praying|wishing)(?: that)? (?:a|an|some|the) [a-z]{2,12} (?:just )?(?:hits|kills|runs over|crashes|falls on) me',
  'wish(?:ing)? i (?:was|were|had been|would have been) (?:never born|dead|gone|on it|in it|there instead)',
  'wish(?:ing)? i (?:had|d|would have) (?:died|been on|been in)',
  'wishing i (?:was|were) dead',
  'better off without me',
  'can not keep (?:doing this|going|living)',
  'para que sigo viv[oa]',
  'para que sigo',
  'me daria igual',
  'si me muero',
  '(?:if i died|if i was gone|if i were gone),? (?:no one|nobody)',
  'no one would (?:notice|care|miss me)',
  'nobody would (?:notice|care|miss me)',
  'nadie (?:me )?(?:extranaria|notaria)',
  'just (?:do not|dont) want to be here',
  'wish i (?:would|had) (?:have )?been (?:on|in) (?:it|that|the)',
  'mejor si (?:yo )?no (?:estuviera|existiera|estoy|existo)',
  'si yo no (?:estuviera|existiera)',
  'notice if i (?:disappeared|died|was gone|were gone)',
  '(?:no one|nobody) would (?:even )?(?:notice|care|miss me)',
  'nadie (?:se )?(?:daria cuenta|notaria|me extranaria)',
  '(?:do not|dont) deserve to (?:live|be alive|be here|exist)',
  'no merezco (?:vivir|estar viv[oa]|estar aqui|existir)',
  'hart[oa] de (?:vivir|existir|la vida|estar viv[oa])',
  'me canse de (?:vivir|existir|la vida|estar viv[oa])',
  'done with (?:life|living|being alive|existing)',
  '(?:happier|better|easier) (?:off )?if i (?:was|were|am) (?:gone|dead|not here|not around|never born)',
  'would not mind (?:dying|if i died|if i did not wake up|not waking up|being dead)',
  'would not mind if (?:a|an|some|the) [a-z]{2,12} (?:hit|killed|ran over|crushed) me',
  'ojala me (?:diera|de|pase|pasara|atropelle|atropellara|muera|muriera|llevara|lleve)',
  'want to (?:sleep|go to sleep) (?:forever|and never wake up|and not wake up)',
  'no me importaria (?:morir|morirme|no despertar)',
  'ganas de (?:irme|dejar este mundo)',
  'done fighting',
  'tired of fighting',
  'cansad[oa] de luchar',
  'ya no quiero luchar',
]);

// Thoughts of suicide, in the present.
const IDEATION = any([
  '(?:think|thinking|thought|thoughts) (?:a lot |so much |constantly |again )?(?:about|of) (?:suicide|killing myself|ending (?:it|my life|things|everything)|dying|death|taking my life|not being here|not waking up)',
  'want to (?:die|kill myself|end (?:it|my life|things|everything)|be dead|not exist)',
  'wanting to (?:die|kill myself|end it)',
  'want (?:it|everything|this) to (?:end|be over|stop)',
  'need (?:it|everything|this) to (?:end|be over)',
  'should (?:just )?(?:kill myself|end it|die)',
  'kill myself',
  'end it all',
  'pienso en (?:suicidarme|matarme|morir|el suicidio|quitarme la vida|la muerte|no estar|acabar con todo|desaparecer)',
  'pensando en (?:suicidarme|matarme|morir|el suicidio|quitarme la vida|la muerte|no estar|acabar con todo|desaparecer)',
  'pensamientos (?:suicidas|de muerte|de (?:matarme|suicidarme|morir|no estar))',
  'ideas? (?:suicidas?|de (?:matarme|suicidarme|morir|muerte))',
  'ideacion suicida',
  'quiero (?:morir|matarme|suicidarme|desaparecer|acabar con todo|estar muert[oa]|quitarme la vida|dejar de existir)',
  'me quiero (?:morir|matar|suicidar|ir de este mundo)',
  'acaba con todo',
  'deberia (?:matarme|morir|desaparecer)',
  'idea(?:s)? of (?:killing myself|suicide|dying|ending it|ending my life)',
  'killing myself',
  'la idea de (?:matarme|suicidarme|morir|quitarme la vida)',
  '(?:i am|i feel|feel|feeling|been|getting|get|very|so|really|pretty|kinda|super|i get) suicidal',
  'suicidal (?:again|today|lately|thoughts are|feelings are)',
  '(?:pienso|pensando) (?:mucho |a veces |todo el tiempo |siempre |constantemente )?en (?:el suicidio|suicidarme|matarme|morir|quitarme la vida|la muerte)',
  'me siento (?:muy )?suicida',
  'estoy suicida',
  '(?:thoughts|pensamientos) (?:are|estan|han) (?:back|vuelto)',
  'suicidal thoughts (?:will not|do not|keep|are|come|came)',
  '(?:have|having|get|getting|with) suicidal thoughts',
  'suicidal thoughts',
  '(?:pienso|pensando|pensado|pense|piensa) (?:mucho |a veces |mucho tiempo |)en (?:tirarme|ahorcarme|colgarme|cortarme las venas|tomarme|matarme|suicidarme|morir|quitarme la vida|desaparecer)',
]);

// Intent: a decision, or a future the writer states.
const INTENT = any([
  '(?:i am|i will|ill|i have|i|am) (?:really |finally |seriously |definitely |just )?(?:going to|about to|ready to|planning to|plan to|decided to|gonna)',
  'going to (?:do it|end|kill|take|jump|hang|shoot|overdose|swallow|drink|cut)',
  'will (?:do it|end it|kill myself|take|jump)',
  'decided',
  'made up my mind',
  'mind is made up',
  'i mean it',
  'doing it (?:tonight|today|now|this weekend|tomorrow)',
  'it ends (?:tonight|today|now|here|this weekend|tomorrow)',
  '(?:tonight|today|this weekend) (?:it|everything|this) ends',
  'too late for me',
  'not going to make it',
  'will not make it',
  'this is it',
  'no turning back',
  'voy a',
  'me voy a',
  'lo voy a hacer',
  'lo hare',
  'ya (?:lo )?decidi',
  'he decidido',
  'esta decidido',
  'tengo decidido',
  'estoy decidid[oa]',
  'estoy list[oa]',
  'va en serio',
  'se (?:termina|acaba) (?:todo|esto)',
  'se acabo',
  'no llego a (?:manana|la manana|el lunes)',
  'ya es tarde para mi',
  'i am doing it',
  'when i (?:am going to )?do it',
  'that is when',
  'lo voy a hacer',
  'voy a hacerlo',
  'me voy a tirar',
  'voy a tirarme',
  'no hay vuelta atras',
  'ya queda poco',
  'not long now',
  'tonight is the night',
  'today is the day',
  'esta noche es la noche',
  'hoy es el dia',
]);

// A plan or method, researched or chosen.
const PLAN = any([
  'have a plan',
  'got a plan',
  'made a plan',
  'my plan',
  'the plan is',
  'know (?:how|exactly how|when|where) i (?:will|would|am going to|ill)',
  '(?:figured|worked) out (?:how|when|where)',
  '(?:looked|look|searched|googled|researched) (?:up )?(?:how|which|what|ways|the dose)',
  'how many (?:pills|tablets|of them)',
  '(?:lethal|fatal) dose',
  'picked (?:a|the) (?:day|date|spot|place|beam|bridge|time)',
  'chose (?:a|the) (?:day|date|spot|place)',
  'tengo un plan',
  'tengo el plan',
  'ya (?:se|tengo pensado) (?:como|cuando|donde)',
  '(?:busque|investigue|averigue|mire) (?:como|cuantas|cual|que dosis)',
  'cuantas pastillas',
  'dosis (?:letal|mortal)',
  '(?:elegi|escogi) (?:el dia|la fecha|el sitio|el lugar)',
  'el sitio donde',
  'comprobe (?:que|como)',
  'know (?:exactly )?how (?:much|many)',
  '(?:got|have) it (?:all )?(?:worked out|planned|figured out)',
  'all worked out',
  'checked (?:which|how|where|what)',
  'how i (?:would|d|will) do it',
  'how id do it',
  'como lo haria',
  'lo tengo todo (?:pensado|planeado)',
  '(?:que|cuanta|cuantas) dosis',
  'calcule (?:cuanto|cuantas|como|la dosis)',
  'enough to (?:kill me|die|not wake up|end it)',
  'suficientes? para (?:no despertar|morir|matarme)',
  'me alcanza para',
  'know what i (?:am going to|will|have to|need to) do',
  'what i am going to do with (?:it|them)',
  'se lo que voy a hacer',
  'painless (?:way|ways|method)',
  'ways to (?:die|kill myself|end it|end my life)',
  'formas de (?:morir|matarme|suicidarme)',
  '(?:manera|forma) (?:sin dolor|indolora)',
]);

// Means of killing oneself.
const MEANS = any([
  '(?:sleeping |my |the |all (?:of )?(?:my |the )?|whole bottle of |bottle of |box of |pack of |\\d{1,3} )?(?:pills|tablets|meds|medication|painkillers|tylenol|paracetamol|acetaminophen|advil|ibuprofen|insulin|xanax|oxy|opioids|benzos)',
  'whole bottle',
  'the bottle',
  'rope',
  'noose',
  'belt',
  'beam',
  'gun',
  'pistol',
  'rifle',
  'bullets?',
  'trigger',
  'razor',
  'razors',
  'blades?',
  'knife',
  'bridge',
  'ledge',
  'rooftop',
  'roof',
  'railing',
  'balcony',
  'edge',
  '(?:train )?tracks',
  'the train',
  'bleach',
  'poison',
  'antifreeze',
  'car (?:into|off)',
  'engine running',
  'garage',
  'pastillas',
  'todas las pastillas',
  'medicamentos',
  'medicinas',
  'calmantes',
  'somniferos',
  'paracetamol',
  'cuerda',
  'soga',
  'cinturon',
  'pistola',
  'arma',
  'escopeta',
  'balas?',
  'cuchillas?',
  'navaja',
  'cuchillo',
  'puente',
  'azotea',
  'cornisa',
  'barandilla',
  'barandal',
  'balcon',
  'vias del tren',
  'las vias',
  'el tren',
  'veneno',
  'lejia',
  'cloro',
  'motor encendido',
  'lithium',
  'clonazepam',
  'lorazepam',
  'insulina',
  'insulin',
  'carro contra',
  'coche contra',
  'muro',
  'veneno para ratas',
]);

// Means already at hand, gathered or ready.
const MEANS_AT_HAND = any([
  'saved up',
  'saving (?:up )?(?:my|the|them|pills)',
  'been saving',
  'stockpil(?:ed|ing)',
  'hoard(?:ed|ing)',
  'collect(?:ed|ing) (?:my|the|pills)',
  'in front of me',
  'in my hand',
  'next to me',
  'on the table',
  'in my (?:bag|pocket|drawer|car)',
  'bought (?:a|the|some)',
  'got (?:a|the|some)',
  'loaded',
  'is ready',
  'are ready',
  'all ready',
  'tied',
  'enough (?:pills|to)',
  'whole bottle',
  'all (?:of )?my (?:pills|meds|medication)',
  'every (?:pill|last pill)',
  'juntando',
  'he juntado',
  'junte',
  'guardando',
  'guardadas?',
  'tengo (?:la|el|las|los|una|un|suficientes|muchas) (?:pastillas|cuerda|soga|pistola|arma|cuchillas|navaja|cinturon|veneno)',
  'ya tengo',
  'compre (?:la|el|las|una|un)',
  'delante de mi',
  'en la mano',
  'a mano',
  'list[oa]s?',
  'i have (?:\\d{1,3}|a bottle|a bunch|a lot of|so many|plenty of|enough|all)',
  'on my (?:nightstand|desk|bed|table|lap|dresser)',
  'tengo (?:\\d{1,3}|un bote|una caja|muchas|un frasco)',
  'en (?:el|mi) (?:armario|cajon|mesita|bolso|mochila|coche)',
  'everything i need',
  'i (?:have|got) the',
  'todo lo que necesito',
  'in my (?:lap|hand|hands|mouth)',
  'cargad[oa]',
  'loaded',
  'in my (?:closet|room|drawer|garage|nightstand)',
  'en mi (?:closet|cuarto|armario|cajon)',
  'keep (?:looking|staring) at (?:it|them)',
]);

// A time that makes it now.
const TIME = any([
  'tonight',
  'right now',
  'today',
  'this weekend',
  'tomorrow',
  'this morning',
  'after (?:everyone|they|my|the kids|work|my shift)',
  'before (?:morning|sunrise|the sun)',
  'by (?:morning|the morning|tomorrow|sunday|friday|saturday|the weekend)',
  'in (?:an hour|a few hours|a few minutes|10 min|ten minutes)',
  'on (?:friday|saturday|sunday|monday)',
  'after (?:friday|saturday|sunday|monday)',
  'esta noche',
  'ahora mismo',
  'hoy',
  'manana',
  'este fin de semana',
  'el (?:viernes|sabado|domingo|lunes)',
  'en un rato',
  'cuando se (?:duerman|vayan)',
  'antes de que amanezca',
  'en una hora',
  'ese dia',
  'that day',
  'el proximo tren',
  'next train',
  'after tonight',
  'despues de esta noche',
]);

// Preparations for death.
const PREPARATION = any([
  'giv(?:e|ing|en) (?:away )?(?:all )?my (?:stuff|things|clothes|belongings|games|books|plants|tools)',
  'gave (?:away )?(?:all )?my (?:stuff|things|clothes|belongings|games|books|plants|tools)',
  'giving (?:all )?(?:my (?:stuff|things) )?away',
  'gave (?:it all|everything) away',
  '(?:deleted|deleting) (?:all )?my (?:accounts|socials|social media|photos)',
  'will not need (?:it|any of it|them)',
  'put my affairs in order',
  'everything (?:is )?in order',
  'said my goodbyes',
  'regal(?:e|ando|ado) (?:todas )?mis cosas',
  '(?:deje|dejo|escribi|escribiendo) (?:una |las |mis |la )?(?:carta|cartas|notas?)',
  'carta de despedida',
  'borre (?:todas )?mis (?:redes|cuentas|fotos)',
  'todo en orden',
  'ya no (?:lo|la|los|las) voy a necesitar',
  'stockpil(?:ed|ing)',
  'hoard(?:ed|ing) (?:my |the )?(?:pills|meds)',
  'saving (?:up )?(?:my |the )?(?:pills|meds|tablets)',
  'been saving',
  'juntando (?:las |mis )?pastillas',
  'guardando (?:las |mis )?pastillas',
  'nota de suicidio',
  'nota suicida',
  'suicide note',
  '(?:deje|dejo|escribi|escribiendo) (?:mi|mis) (?:carta|cartas|notas?)',
  '(?:how|what) i want (?:at )?my funeral',
  'como quiero (?:el entierro|mi funeral)',
  'contrasenas de todo',
  'passwords (?:to|for) everything',
  '(?:wrote|written|writing|left|finished|rewrote) (?:a |my |the |some )?(?:suicide|goodbye|farewell) (?:note|notes|letters?)',
  '(?:wrote|written|writing|left|finished|rewrote) (?:my |the )?(?:note|notes) (?:for|to) (?:my|everyone|them)',
  '(?:pills|meds|tablets|pastillas) saved',
  'everything (?:is )?ready',
  'todo listo para',
]);

// Goodbyes.
const GOODBYE = any([
  'this is (?:my )?goodbye',
  'goodbye (?:everyone|all|world|forever|for good|mom|mum|dad)',
  'my (?:last|final) (?:post|message|words|night|day|goodbye)',
  'last (?:post|message) (?:here|ever)',
  'will not be (?:around|here) (?:much longer|tomorrow|any more|for long|by)',
  'not be (?:around|here) (?:much longer|tomorrow|for long)',
  'wont be around',
  'take care of my (?:cat|dog|kids|children|daughter|son|pets?) for me',
  'tell my (?:daughter|son|kids|mom|mum|dad|family|wife|husband) (?:i|that i) (?:love|loved)',
  'sorry for everything',
  'forgive me',
  'see you on the other side',
  'this is the end',
  'adios (?:a todos|para siempre|mundo)',
  'me despido',
  'despedida',
  'mi ultimo (?:mensaje|post)',
  'este es mi ultimo',
  'ya no (?:voy a )?estar(?:e)? (?:aqui|mas|mucho)',
  'no estare (?:aqui|mas|manana)',
  'cuiden (?:a|de) mi',
  'perdon(?:en|enme)? por todo',
  'no me busquen',
  'will not make it (?:to|through|until|past) (?:morning|tomorrow|the weekend|friday|saturday)',
  'goodbye (?:for real|for good|for the last time)',
  'saying goodbye to everyone (?:without|for)',
  'without them knowing',
  'sin que (?:supieran|sepan|lo supieran)',
  'por ultima vez',
  'do not look for me',
  'will not be here (?:after|by|when|tomorrow)',
  '(?:i will|ill) be gone',
  'checking out for good',
  'they will understand (?:soon|one day|why)',
  'lo van a entender',
  'ya lo van a entender',
  'este es mi ultimo',
  'take care of my (?:cats|dogs)',
  '(?:for )?whoever finds me',
  'when (?:they|someone|you) find(?:s)? me',
  'quien me encuentre',
  'cuando me encuentren',
  'this (?:is|will be) (?:the|my) last (?:time i (?:write|post)|entry|post|message)',
  'ultima vez que (?:escribo|les escribo|escribire)',
  'ya no (?:voy a )?estar(?:e)?(?= aqui| mas| mucho| manana| con ustedes| para nadie| ?$)',
  'no voy a llegar a (?:mi cumpleanos|manana|el lunes|fin de mes|navidad|la semana)',
  '(?:do not|dont) think (?:i will|ill|i would|id|i am going to) (?:be alive|be here|be around|make it|survive|last)',
  'will not make it to (?:my birthday|christmas|next week|the weekend)',
  'not (?:be )?alive (?:next|by|tomorrow|after)',
  '(?:you|they) will know why',
  'ya (?:saben|sabran) por que',
]);

// The act is under way.
const IN_PROGRESS = any([
  '(?:just |already |i )?(?:took|swallowed|downed|taken|drank) (?:all|a whole|the whole|every|a bunch of|a lot of|too many|a handful of|half|\\d{1,3}|[a-z]+ of my|enough|some of the)',
  '(?:took|swallowed|drank) (?:it|them|the bleach|bleach|poison)',
  'bleeding (?:a lot|so much|heavily|badly|and it|wont|will not|does not|is not)',
  'will not stop bleeding',
  'blood everywhere',
  'cutting (?:right now|now)',
  'cut (?:too )?deep',
  '(?:sitting|standing|stood|sat) (?:on|at|by|near|in) (?:the|a|my) (?:edge|ledge|railing|bridge|roof|rooftop|tracks|train tracks|balcony)',
  '(?:on|at) the (?:edge|ledge|railing|bridge|roof|tracks) (?:right )?now',
  '(?:i am|i m) on the (?:bridge|roof|ledge|tracks|edge)',
  'rope (?:is )?(?:around|tied|ready)',
  'gun (?:is )?(?:in my (?:hand|mouth)|loaded|pointed)',
  'engine running',
  'next one comes',
  'me (?:tome|trague|bebi|acabo de tomar|he tomado) (?:todas|toda|un bote|una caja|el bote|la caja|\\d{1,3}|muchas|un monton|varias|la mitad|el frasco)',
  'me estoy cortando',
  'no para de sangrar',
  'sangrando mucho',
  'estoy (?:en|sobre|al borde de|arriba de) (?:el|la) (?:puente|borde|barandal|barandilla|azotea|cornisa|vias|balcon)',
  'estoy en el coche',
  'motor encendido',
  'tengo (?:la|el) (?:pistola|cuerda|soga|cuchilla|navaja) (?:en la mano|lista|aqui)',
  'me inyecte (?:toda|todo|todas)',
  'injected (?:all|the whole|every)',
  'estoy sentad[oa] en (?:las vias|el puente|la cornisa|el borde|la azotea|el barandal|la barandilla)',
  '(?:sitting|standing) on the (?:train )?tracks',
  'proximo tren',
  'next (?:one|train) comes',
  '(?:i am|im) (?:standing |sitting )?on (?:the|a|my) (?:[a-z0-9]+ ){0,3}(?:balcony|roof|rooftop|ledge|bridge|railing|edge|tracks)',
  '(?:gun|pistol|knife|blade|razor|rope|noose) (?:is )?in my (?:hand|lap|mouth)',
  '(?:ran|running|started) the (?:car|engine) in the (?:closed )?garage',
  '(?:car|engine) (?:is )?running in the (?:closed )?garage',
  'estoy (?:parad[oa] |sentad[oa] )?en (?:el|la) (?:[a-z0-9]+ ){0,3}(?:balcon|azotea|cornisa|puente|barandal|barandilla|borde)',
  '(?:la pistola|el arma|la cuerda|la navaja|el cuchillo) en (?:la mano|mis manos|la boca)',
  '(?:already|just) (?:took|swallowed|taken|downed|drank) (?:the|my|all|them|it|everything|a bunch)',
  'took everything i had',
  'ya me (?:tome|trague|bebi) (?:las|todas|todo|el)',
  '(?:tomando|tragando) (?:las|mis) pastillas una (?:por|tras) una',
  'taking (?:the|my) pills one (?:by|after) one',
  'mucha sangre',
  'saliendo sangre',
  'me corte las venas',
  'estoy en el (?:techo|tejado|borde)',
]);

// A past attempt, the writer's own.
const PAST_ATTEMPT = any([
  'attempted suicide',
  '(?:my|a) suicide attempt',
  'survived (?:a|my|an) (?:suicide )?attempt',
  'after my attempt',
  'my attempt',
  'intente (?:suicidarme|matarme|quitarme la vida|morir|acabar con)',
  'intento de suicidio',
  'mi intento',
  'me tome pastillas a proposito',
  'lavado de estomago',
  'attempt survivor',
  'tuve una sobredosis',
  'i had an overdose',
  'acabe en (?:la uci|urgencias)',
  'ended up in (?:the icu|the er|hospital)',
  'i (?:have |had )?(?:attempted(?! to (?!kill|end|take|commit|die|overdose|hang))|tried to (?:kill myself|end (?:it|my life|things)|take my (?:own )?life|commit suicide|die|overdose|hang myself))',
  'tried to (?:kill myself|end my life|take my (?:own )?life)',
  'i overdosed',
]);

// Someone else at risk, or someone else's death by suicide.
const OTHER_NOW = any([
  '(?:he|she|they|him|her|them|friend|son|daughter|brother|sister|mom|mum|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|kid|child|teen|student|someone|cousin|roommate|grandma|grandpa) (?:wants?|keeps saying (?:he|she|they) wants?|says? (?:he|she|they) wants?|said (?:he|she|they) wants?|talks about wanting) to (?:die|kill (?:himself|herself|themselves)|end (?:it|his life|her life|their life))',
  'kill(?:ing)? (?:himself|herself|themselves)',
  'hurt(?:ing)? (?:himself|herself|themselves)',
  'cutting (?:himself|herself|themselves)',
  '(?:he|she|they) (?:is|are|has been|have been|s) (?:suicidal|cutting|self harming)',
  '(?:my [a-z]+|he|she|they) (?:has|have) been cutting',
  'has been cutting',
  '(?:he|she|they) (?:has|have) (?:pills|a gun|a plan|a rope)',
  'better off without (?:him|her|them)',
  'giving away (?:his|her|their)',
  'ending (?:his|her|their) life',
  'end (?:his|her|their) life',
  'no quiere vivir',
  'ya no quiere (?:vivir|seguir|estar)',
  'quiere (?:morir|matarse|suicidarse|desaparecer)',
  'se quiere (?:morir|matar|suicidar)',
  'va a (?:matarse|suicidarse)',
  'se va a (?:matar|suicidar|quitar la vida)',
  'se (?:esta )?corta(?:ndo)?',
  'se hace dano',
  'habla de (?:morir|matarse|suicidarse|quitarse la vida)',
  'piensa en (?:matarse|suicidarse|morir)',
  'estarian mejor sin (?:el|ella)',
  'ganas de (?:suicidarse|matarse|morirse)',
  'quiere morirse',
  'mejor sin (?:el|ella|ellos)',
  'ha regalado (?:todas )?sus',
  'giving away (?:his|her|their)',
  'been giving away (?:his|her|their)',
  'tried to (?:kill|hang|hurt|cut|shoot|drown|harm|overdose|poison) (?:himself|herself|themselves)',
  '(?:hang|hurt|cut|shoot|drown|harm|overdose|poison)(?:ing|s)? (?:himself|herself|themselves)',
  'intento (?:ahorcarse|colgarse|matarse|suicidarse|cortarse) (?:anoche|ayer|hoy|esta manana)',
]);
const OTHER_PAST = any([
  'died by suicide',
  'died of suicide',
  'committed suicide',
  'took (?:his|her|their) (?:own )?li(?:fe|ves)',
  'killed (?:himself|herself|themselves)',
  'lost (?:my|a|our|her|his) [a-z]+ (?:to|by) suicide',
  'to suicide',
  '(?:he|she|they|friend|son|daughter|brother|sister|mom|mum|mother|dad|father|husband|wife|partner|cousin|uncle|aunt|someone) (?:attempted|tried to kill (?:himself|herself|themselves))',
  '(?:he|she|they) self ?harmed',
  'self ?harmed as a',
  'se suicido',
  'se mato',
  'se quito la vida',
  'intento (?:suicidarse|matarse|quitarse la vida)',
  'por suicidio',
  'se lastimaba',
  'se cortaba',
  '(?:jumped|threw (?:himself|herself)) (?:from|off) (?:the|a) (?:bridge|building|roof|cliff|balcony|overpass|tower|ledge)',
  'se autolesionaba',
  'se tiro (?:del|de|al|desde)',
  '(?:of mine|of ours|mine) (?:attempted|tried to (?:kill|end))',
  '(?:attempted|tried) (?:suicide )?(?:years|months) ago',
]);

// Talk about the subject: no risk of the writer's own, but help should be near.
const MENTION = words([
  'suicid[a-z]{0,8}',
  'self ?harm',
  'autolesion(?:es)?',
  'overdos[a-z]{0,4}',
  'sobredosis',
  'kill myself',
  'matarme',
  'suicidarme',
  'wanted to die',
  'want to die',
  'queria morir',
  'quiero morir',
  'cutting',
  'cortarme',
  'not being here',
  'no estar aqui',
  'falling',
  'pensaba en (?:caer|saltar|morir|matarme|tirarme|no estar)',
  'thought about (?:falling|jumping|dying|not being here)',
  'have not (?:cut|self harmed|hurt myself|harmed myself)',
  'sin (?:cortarme|autolesionarme|hacerme dano|lastimarme)',
  'me (?:quemaba|cortaba|lastimaba|autolesionaba|hacia dano)',
  '(?:cut|burned|hurt|harmed) myself (?:when|as a|in high|back)',
]);

// Time words that put a sentence in the past, and words that bring it back to now.
const PAST = words([
  'used to',
  'years? ago',
  'months ago',
  'summers ago',
  'a long time ago',
  'long time ago',
  'back then',
  'back in',
  'when i was',
  'as a (?:kid|teen|teenager|child)',
  'in (?:high school|college|my twenties|my teens|my 20s)',
  'in the past',
  'last year',
  'no longer',
  'not any more',
  'have not [a-z]{2,12} (?:in|for) (?:years|months|[a-z]{2,12} years|\\d{1,2} years)',
  'in 19\\d\\d|in 20[0-2]\\d',
  'since (?:then|19\\d\\d|20[0-2]\\d)',
  'recovered',
  'survived',
  'so far from',
  'far from that',
  'there was a time',
  'a time when',
  'went through a phase',
  'phase of',
  'it passed',
  'before (?:meds|therapy|group|treatment)',
  'solia',
  'cuando (?:era|tenia)',
  'de (?:joven|adolescente|nina|nino|chic[oa])',
  'hace (?:[a-z0-9]{1,10} )?(?:anos|meses)',
  'el ano pasado',
  'en el pasado',
  'antes (?:queria|pensaba|me)',
  'hubo (?:un tiempo|una epoca)',
  '(?:anos|meses|una decada) sin',
  'libre de eso',
  'lejos de esa persona',
  'en la facultad',
  'a los \\d{1,2}',
  'con \\d{1,2}',
  'en (?:19\\d\\d|20[0-2]\\d)',
  'la primavera pasada',
]);
const NOW = words([
  'again',
  'still',
  'lately',
  'these days',
  'are back',
  'came back',
  'tonight',
  'today',
  'otra vez',
  'de nuevo',
  'todavia',
  'ultimamente',
  'volvieron',
  'han vuelto',
  'esta noche',
]);

// A recovery told in another sentence: thoughts in the text are then read as past.
const RESOLVED = words([
  'fully recovered',
  'it passed',
  'over for a long time',
  'so far from that',
  'much better place',
  'those thoughts are gone',
  'lejos de esa persona',
  'libre de eso',
  'ya paso',
  'estoy (?:mucho )?mejor',
  'i am (?:doing )?(?:so much |much )?better now',
  'thriving',
]);

// Denials: the cue after these words is said not to be so.
const DENIAL =
  /\b(?:(?:not|no(?! longer)|never|nunca|jamas|ni|sin|without|nor)(?: [a-z]+){0,3}|(?:asked|asks|asking|pregunto|preguntan) (?:me )?(?:if|whether|si)(?: [a-z]+){0,6}) ?$/;

// Figures of speech that borrow the words; removed before reading.
const FIGURES = new RegExp(
  `\\b${any([
    '(?:is|are|was|were|s|its|it|this|that|they|you|feet|back|legs|head) (?:is |are |was |were )?(?:really |literally |totally |so )?killing me',
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
    '(?:i )?(?:would|d) rather die than',
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
    'phone (?:died|is dead|was dead)',
    'battery (?:died|is dead|was dead)',
    'morir de (?:risa|verguenza|ganas|hambre|sed|calor|frio|amor|aburrimiento|envidia|sueno|nervios|miedo|pena|cansancio)',
    '(?:me )?(?:muero|muriendo|mori|morir|muera|moria) de (?:risa|verguenza|ganas|hambre|sed|calor|frio|amor|aburrimiento|envidia|sueno|nervios|miedo|pena|cansancio)',
    'me quiero morir de (?:la )?(?:risa|verguenza|ganas)',
    'me muero por (?:ver|ir|probar|conocer|empezar|saber|que)',
    'muert[oa] de (?:risa|cansancio|hambre|sueno|miedo|frio|calor|verguenza)',
    'me (?:mata|mato|matan|mataron|va a matar|van a matar) (?:el|la|los|las|este|esta|ese|esa|cuando|si)',
    '(?:el|la|los|las|este|esta|ese|esa|mi|mis) (?!dia|noche|rato|momento|vez|fin|semana|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|verano|mismo)[a-z]{2,15}(?: [a-z]{1,12}){0,3} me (?:mata|mato|matan|mataron|va a matar|van a matar)',
    'me (?:va|van) a (?:llevar a la tumba|matar)',
    'mataria por',
    '(?:i )?could (?:just )?die',
    'prefiero morir antes',
    '(?:could|would|should) kill myself for',
    'overdos(?:ed|ing|e) on (?:coffee|caffeine|sugar|chocolate|candy|netflix|tv|work|memes)',
    '(?:kill|murder) my (?:brother|sister|mom|mum|dad|husband|wife|boss|roommate|kids?)',
    'me tiene muert[oa]',
    '(?:would|d) rather die',
    'matar el tiempo',
    'me mata de (?:risa|ganas)',
    'no me mates',
  ])}\\b`,
  'g',
);

// Preparations that mean something only beside another sign ("gave away my guitar").
const PREPARATION_HINT = words([
  '(?:gave|giving|give) away (?:all )?(?:of )?my',
  'giving (?:all )?(?:my [a-z]{2,12} )?away',
  'regal(?:e|ando|ado) (?:todas? )?(?:mis?|las|los)',
  '(?:made|making|wrote|writing|updated) (?:a|my) will',
  'testamento',
  '(?:saying|said) goodbye to everyone',
  'me despedi de todos',
  'deleted (?:all )?my (?:accounts|socials)',
  'borre (?:todas )?mis',
  'el entierro',
  'my funeral',
  'contrasenas',
  'after i am gone',
  'when i am gone',
  'everything is ready',
  'it is all ready',
  'todo esta listo',
  'cuando ya no este',
  'set up autopay',
  'no ones stuck with',
  'no one is stuck with',
  '(?:wrote|written|writing|left|finished) (?:a |my |some )?(?:letters?|notes?) (?:to|for) (?:my|everyone|each)',
  'before i go',
  'cancel(?:led|ed|ing) (?:all )?my (?:appointments|plans|subscriptions)',
  'paid (?:off )?(?:all )?my (?:debts|bills)',
  'will not need (?:anything|it|them|any of)',
  '(?:rehomed|rehoming|found a home for) my (?:cat|dog|pets?)',
  'antes de irme',
  'pague (?:todas )?mis deudas',
  'cancele (?:todas )?mis (?:citas|cosas)',
  'goodbye',
  'adios',
  'sorry for (?:everything|all of this|being)',
  'i am sorry',
  'love you (?:all|guys|so much)',
  'forgive me',
  'perdon(?:en|enme|ame)?',
  'los quiero (?:a todos|mucho)',
  'me despedi de (?:todos|mi familia|mis hijos|mi madre|mi mama)',
  '(?:said|saying) goodbye to (?:my|everyone)',
]);
const PREPARATION_HINTS = new RegExp(PREPARATION_HINT.source, 'g');
// "I'm going to do it": intent without its object, read with means or a time around it.
const DO_IT = words([
  'going to do it',
  'will do it',
  'am doing it',
  'doing it (?:tonight|today|then|this weekend)',
  'lo voy a hacer',
  'voy a hacerlo',
  'lo hare',
  'lo hago (?:hoy|esta noche|manana)',
  'solo (?:me )?falta (?:hacerlo|el momento)',
  'only thing left is to do it',
]);
// Intent joined to a method: "going to take all of them", "me voy a tirar".
const METHOD = words([
  '(?:want to|going to|will|ill|about to|ready to|plan to|decided to) (?:just )?(?:take|swallow|drink|down) (?:all|every|them all|the (?:whole|entire|rest)|a whole|the pills|my pills|all of|every single)',
  '(?:going to|will|ill|about to|ready to|plan to|decided to) (?:just )?(?:jump|hang myself|shoot myself|overdose|drive (?:into|off)|crash|slit|step in front|walk into)',
  '(?:voy a|me voy a|quiero|pienso) (?:tirarme|tirar|tomarme (?:todas|toda|el bote)|tomar(?:me)?las todas|ahorcarme|colgarme|pegarme un tiro|cortarme las venas|aventarme|lanzarme|estrellarme|meter el (?:carro|coche))',
  'tomarmelas todas',
  '(?:esta noche|hoy|ahora|manana|luego) me (?:tomo|trago|bebo|tiro|ahorco|cuelgo|corto las venas)',
  'me (?:tomo|trago|bebo) (?:todas|toda|el bote|la caja|el frasco|todo el)',
  '(?:tonight|today|now) i (?:am )?(?:taking|swallowing|jumping)',
  '(?:tonight|today|now|then|after that) i (?:take|swallow|drink|jump|do it)',
  '(?:i|i will|ill) (?:take|swallow) (?:everything|all of (?:it|them)|all my)',
  'medicine cabinet',
  '(?:going to|will|ill|about to|ready to|plan to|decided to) (?:just )?drive (?:my car |the car |my truck )?(?:into|off)',
  '(?:me voy a|me pienso|me quiero|voy a) (?:colgar|ahorcar|matar|suicidar|tirar|aventar|lanzar|envenenar|pegar un tiro|cortar las venas|saltar|estrellar)',
  'estrellar(?:me)? (?:el carro|el coche|contra)',
]);

interface Sentence {
  cues: Set<string>;
  past: boolean;
}

const has = (pattern: string) => new RegExp(`\\b${pattern}\\b`);
const SELF_DEATH_RE = has(SELF_DEATH);
const CUE_PATTERNS: [string, RegExp][] = [
  ['wish_dead', has(WISH_DEAD)],
  ['ideation', has(IDEATION)],
  ['self_harm', has(SELF_HARM)],
  ['intent', has(INTENT)],
  ['plan', has(PLAN)],
  ['means', has(MEANS)],
  ['time', has(TIME)],
  ['preparation', has(PREPARATION)],
  ['goodbye', has(GOODBYE)],
  ['in_progress', has(IN_PROGRESS)],
  ['past_attempt', has(PAST_ATTEMPT)],
  ['self_death', SELF_DEATH_RE],
  ['at_hand', has(MEANS_AT_HAND)],
  ['hint', PREPARATION_HINT],
  ['do_it', DO_IT],
  ['method', METHOD],
];
const OTHER_NOW_RE = has(OTHER_NOW);
const OTHER_PAST_RE = has(OTHER_PAST);

/** True when `pattern` matches in `text` and the words just before it do not deny it. */
function affirmed(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  return !DENIAL.test(text.slice(Math.max(0, match.index - 60), match.index));
}

// Words that make a strong mention of one's own death a wish or a thought.
const WISHING = words([
  'wish',
  'wishing',
  'hope',
  'pray',
  'want',
  'ojala',
  'quisiera',
  'quiero',
  'ganas',
  'would not mind',
]);
const THINKING = words([
  'think(?:ing)?',
  'thoughts?',
  'idea',
  'ideas',
  'imagine',
  'fantasi[sz]e',
  'pienso',
  'pensando',
  'pensado',
  'pense',
  'pensamientos?',
  'imagino',
]);
const BARE_DEATH = /^(?:die|morir)$/;

function readSentence(sentence: string): Sentence {
  const cues = new Set<string>();
  for (const [cue, pattern] of CUE_PATTERNS) if (affirmed(pattern, sentence)) cues.add(cue);
  // "I wish I could never wake up", "he pensado en tirarme": the death is named strongly.
  const death = cues.has('self_death') ? SELF_DEATH_RE.exec(sentence) : null;
  if (death && !BARE_DEATH.test(death[0])) {
    if (WISHING.test(sentence)) cues.add('wish_dead');
    if (THINKING.test(sentence)) cues.add('ideation');
  }
  // "Die" alone ("I thought I was going to die in that attack") says little without intent.
  if (death && BARE_DEATH.test(death[0]) && !(cues.has('intent') && cues.has('time')))
    cues.delete('self_death');
  if (affirmed(OTHER_NOW_RE, sentence)) cues.add('other_person');
  if (OTHER_PAST_RE.test(sentence) || affirmed(MENTION, sentence)) cues.add('mention');
  return { cues, past: PAST.test(sentence) && !NOW.test(sentence) };
}

const SENTENCES = /[.!?;\n]+|,? (?:but|pero|and now|y ahora|aunque|though) |, (?:now|ahora) /;
const suicidal = (set: Set<string>) =>
  set.has('wish_dead') || set.has('ideation') || set.has('self_death');

/** The level (0–3) of one sentence, read with its neighbours. */
function level(cues: Set<string>, near: Set<string>, text: Set<string>): number {
  const distress = suicidal(near) || near.has('self_harm');
  const acute =
    cues.has('in_progress') ||
    cues.has('goodbye') ||
    cues.has('preparation') ||
    cues.has('method') ||
    (cues.has('hint') &&
      (text.has('goodbye') ||
        text.has('intent') ||
        text.has('do_it') ||
        text.has('hint2') ||
        suicidal(text))) ||
    (cues.has('do_it') && (near.has('means') || (near.has('time') && suicidal(text)))) ||
    (cues.has('intent') && (suicidal(cues) || (cues.has('means') && distress))) ||
    (cues.has('intent') && cues.has('means') && near.has('time')) ||
    (cues.has('plan') && (distress || near.has('means') || near.has('at_hand'))) ||
    (cues.has('self_death') && (near.has('time') || near.has('intent') || near.has('plan'))) ||
    (cues.has('wish_dead') && (near.has('intent') || near.has('plan'))) ||
    (cues.has('means') && near.has('at_hand') && (suicidal(near) || near.has('plan'))) ||
    (cues.has('means') && (near.has('intent') || near.has('plan')) && distress);
  if (acute) return 3;
  // "I have the pills", "ya tengo las pastillas": means at hand, said on a page like this one.
  if (cues.has('means') && cues.has('at_hand')) return 2;
  if (
    cues.has('wish_dead') ||
    cues.has('ideation') ||
    cues.has('self_harm') ||
    cues.has('other_person') ||
    cues.has('past_attempt')
  )
    return 2;
  return cues.has('mention') || cues.has('self_death') ? 1 : 0;
}

/** The crisis tier of a text and the cues behind it. */
export function assessCrisis(text: string): CrisisAssessment {
  const normal = normalizeText(text).replace(FIGURES, ' ');
  const sentences = normal.split(SENTENCES).map(readSentence);
  const all = new Set<string>(sentences.flatMap((sentence) => [...sentence.cues]));
  // Two quiet preparations ("updated my will", "everything is ready") make one sign.
  if ((normal.match(PREPARATION_HINTS)?.length ?? 0) >= 2) all.add('hint2');
  const resolved = RESOLVED.test(normal);
  let tier = 0;
  const found = new Set<string>();
  sentences.forEach(({ cues, past }, index) => {
    const near = new Set<string>(cues);
    for (const other of [sentences[index - 1], sentences[index + 1]]) {
      for (const cue of other?.cues ?? []) near.add(cue);
    }
    let value = level(cues, near, all);
    // Told as past ("years ago I cut"), or beside a recovery: a past attempt stays medium.
    if (value > 1 && (past || (resolved && value === 2 && !NOW.test(normal)))) {
      value = cues.has('past_attempt') ? 2 : 1;
    }
    // Someone else's risk is medium: the writer is worried, not in danger.
    if (cues.has('other_person') && !cues.has('wish_dead') && !cues.has('ideation'))
      value = Math.min(value, 2);
    if (value > 0) for (const cue of cues) found.add(cue);
    tier = Math.max(tier, value);
  });
  return {
    tier: CRISIS_TIERS[tier]!,
    cues: CRISIS_CUES.filter((cue) => found.has(cue)),
  };
}

/** The crisis tier of a text: the highest its sentences reach. */
export function detectCrisis(text: string): { tier: CrisisTier } {
  return { tier: assessCrisis(text).tier };
}
