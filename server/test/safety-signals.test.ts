// The shared story rules, the safety signals (src/api/rules/safety/) and the masked text of a story.
// How well the signals do on a labelled set is measured by `npm run eval:safety`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateStory } from '../../src/api/rules/story.js';
import {
  detectCrisis,
  detectPersonalDetails,
  type CrisisTier,
} from '../../src/api/rules/safety/index.js';
import { maskPersonalDetails, storyFlags } from '../src/stories/moderation.js';

describe('detectCrisis', () => {
  const cases: [string, CrisisTier][] = [
    // High: intent, plan, method.
    ["I'm going to kill myself", 'high'],
    ['Im gonna kill myself this weekend', 'high'],
    ['I have the pills', 'medium'],
    ['I have the pills and tonight I am going to take them all', 'high'],
    [
      "I've made up my mind. Tonight after everyone's asleep I'm going to take all of my sleeping pills.",
      'high',
    ],
    ['Ya no aguanto más. Esta noche me tomo todas las pastillas que me quedan', 'high'],
    ["i'm sitting on the bridge railing right now typing this", 'high'],
    ['Took a whole bottle of tylenol about an hour ago', 'high'],
    ['Me estoy cortando ahora y no para de sangrar', 'high'],
    ['ya no aguanto mas, me voy a matar', 'high'],
    ['this is my goodbye. please take care of my dog for me', 'high'],
    ['tonight I will end it', 'high'],
    ['I have a plan and I have decided to end my life.', 'high'],
    ['I wrote a goodbye note to my mum', 'high'],
    ['Esta noche me voy a suicidar', 'high'],
    ['Voy a quitarme la vida', 'high'],
    ['Ya tengo las pastillas', 'medium'],
    // Medium: current thoughts.
    ['I want to die', 'medium'],
    ['Lately I keep thinking about suicide', 'medium'],
    ["I've been cutting myself again", 'medium'],
    ['Some nights I feel everyone would be better off without me', 'medium'],
    ['I wish I was dead', 'medium'],
    ['I’m feeling suicidal today', 'medium'],
    ['quiero morir', 'medium'],
    ['A veces pienso en suicidarme', 'medium'],
    ['No sé cómo dejar de hacerme daño', 'medium'],
    ['Ya no quiero vivir así', 'medium'],
    // Low: past or general.
    ['I used to think about ending it', 'low'],
    // A past attempt told calmly is medium: it still matters for the reader's safety.
    ['Years ago I attempted, and I am still here', 'medium'],
    ["I'm not suicidal but sometimes I wish I wouldn't wake up", 'medium'],
    ['im not suicidal, just exhausted', 'none'],
    ['No tengo ideas suicidas, solo estoy cansada', 'none'],
    ['My son said he wants to kill himself', 'medium'],
    ['When I was 16 I wanted to die', 'low'],
    ['My brother died by suicide last spring', 'low'],
    ['I no longer want to kill myself.', 'low'],
    ['Hace muchos años quería morir', 'low'],
    ['I used to want to die. But now I want to kill myself', 'medium'],
    // Must not trigger.
    ['This homework is killing me', 'none'],
    ['I was dying to meet everyone', 'none'],
    ["I don't want to die, I want the pain to stop", 'none'],
    ['I thought I was going to die during my first panic attack', 'none'],
    ['I take my pills every morning now', 'none'],
    ['My phone died halfway through the call', 'none'],
    ['He killed it at his recital', 'none'],
    ['No quiero morir', 'none'],
    ['I attempted to bake bread for the group', 'none'],
    ['We ended it on good terms', 'none'],
    ['', 'none'],
    // Figures of speech.
    ['I want to die of laughter every time she tells that story', 'none'],
    ['I nearly died of embarrassment the first week', 'none'],
    ['I am dying to try the new art group', 'none'],
    ['The cake at the potluck was to die for', 'none'],
    ['He kills me laughing every session', 'none'],
    ['Me quiero morir de risa con ellas', 'none'],
    ['Me muero de ganas de volver', 'none'],
    ['I laughed so much, but some days I still want to die', 'medium'],
  ];
  for (const [text, tier] of cases) {
    it(`${JSON.stringify(text)} → ${tier}`, () => {
      assert.equal(detectCrisis(text).tier, tier);
    });
  }
});

describe('detectPersonalDetails', () => {
  const cases: [string, string[]][] = [
    ['Write to me at jo.doe+groups@example.co.uk any time', ['email']],
    ['Call (503) 555-0199 or +44 20 7946 0958', ['phone']],
    ['Read more on https://example.org/path?x=1.', ['url']],
    ['see www.my-blog.net and janedoe.com/about', ['url']],
    ['Find me @riverbend_jo on there', ['handle']],
    [
      'mail a@b.io, text 503.555.0199, follow @sam_w, https://x.com',
      ['email', 'phone', 'url', 'handle'],
    ],
    ['<a href="javascript:alert(1)">x</a>', ['url']],
    // Must not trigger.
    ['From 2019-2021 I barely left the house', []],
    ['I have 14 months sober and 3 kids', []],
    ['At 3:30 pm on 12/03 we met', []],
    ['I said "no." And that was that.', []],
    ['Email is scary. So is the phone.', []],
    ['', []],
  ];
  for (const [text, kinds] of cases) {
    it(`${JSON.stringify(text)} → ${kinds.join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...detectPersonalDetails(text).kinds].sort(), [...kinds].sort());
    });
  }

  it('gives ranges that cover each detail, without overlaps', () => {
    const text = 'Mail jo@example.org or see https://example.org/@jo, or call 503 555 0199.';
    const { ranges } = detectPersonalDetails(text);
    assert.deepEqual(
      ranges.map((range) => [range.kind, text.slice(range.start, range.end)]),
      [
        ['email', 'jo@example.org'],
        ['url', 'https://example.org/@jo'],
        ['phone', '503 555 0199'],
      ],
    );
  });
});

describe('every pattern is linear: 100 KB of hostile input finishes', () => {
  const size = 100_000;
  const inputs: Record<string, string> = {
    'a@a.a.a…': 'a@' + 'a.'.repeat(size / 2),
    'a.a.a.a…': 'a.'.repeat(size / 2),
    'aaaa…@': 'a'.repeat(size) + '@',
    '@@@@…': '@'.repeat(size),
    'a-a-a-…': 'a-'.repeat(size / 2),
    '1 1 1 1…': '1 '.repeat(size / 2),
    '1-1-1-…': '1-'.repeat(size / 2) + 'x',
    '(((1…': '('.repeat(size / 2) + '1'.repeat(size / 2),
    'http://…': 'http://' + 'a'.repeat(size),
    'http://http://…': 'http://'.repeat(size / 7),
    'www.www.…': 'www.'.repeat(size / 4),
    '+1+1+1…': '+1'.repeat(size / 2),
    'i want to i want to…': 'i want to '.repeat(size / 10),
    'kill my kill my…': 'kill my '.repeat(size / 8),
    'hace hace…': 'hace '.repeat(size / 5),
    'self-self-…': 'self-'.repeat(size / 5),
    spaces: ' '.repeat(size),
    'Dr. Dr. …': 'My name is '.repeat(size / 11),
    'my son my son…': 'my son '.repeat(size / 7),
    'Ana Ana Ana…': 'Ana '.repeat(size / 4),
    'one two three…': 'one two '.repeat(size / 8),
    '1 Oak St 1 Oak St…': '1 Oak '.repeat(size / 6),
    'calle calle 1…': 'calle de la '.repeat(size / 12) + '1',
    'a at a at…': 'a at '.repeat(size / 5),
    'a (at) b (dot)…': 'a (at) b (dot) '.repeat(size / 15),
    'insta insta…': 'my insta is '.repeat(size / 12),
    'u/u/u/…': 'u/'.repeat(size / 2),
    'i want to die tonight…': 'i want to die tonight '.repeat(size / 22),
    'no no no…': 'no '.repeat(size / 3),
    'AAAA!!!!…': 'A!'.repeat(size / 2),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      // Completing at all is the test: a catastrophic pattern would run for years.
      detectCrisis(text);
      detectPersonalDetails(text);
      storyFlags(text);
      maskPersonalDetails(text);
    });
  }
});

describe('validateStory', () => {
  const valid = {
    body: '  I sat in my car for ten minutes before the first session.  ',
    topics: ['anxiety', 'anxiety'],
    contentWarning: '  ',
    consent: true,
    website: '',
  };
  const rules = { topicIds: ['anxiety', 'grief', 'a', 'b', 'c', 'd', 'e'] };

  it('accepts a story, trimmed, topics without repeats, an empty note dropped', () => {
    assert.deepEqual(validateStory(valid, rules), {
      ok: true,
      value: {
        body: 'I sat in my car for ten minutes before the first session.',
        topics: ['anxiety'],
        consent: true,
      },
    });
  });

  const failures: [string, Record<string, unknown>, Record<string, string>][] = [
    ['missing body', { body: undefined }, { body: 'required' }],
    ['blank body', { body: '      ' }, { body: 'required' }],
    ['short body', { body: 'Too short, sorry.' }, { body: 'too_short' }],
    ['long body', { body: 'x'.repeat(1001) }, { body: 'too_long' }],
    ['body not text', { body: 42 }, { body: 'invalid' }],
    ['control characters', { body: 'Twenty characters and a \u0007 bell' }, { body: 'invalid' }],
    ['topics not a list', { topics: 'anxiety' }, { topics: 'invalid' }],
    ['too many topics', { topics: ['a', 'b', 'c', 'd', 'e', 'grief'] }, { topics: 'too_many' }],
    ['unknown topic', { topics: ['astrology'] }, { topics: 'unknown_topic' }],
    ['long content note', { contentWarning: 'x'.repeat(81) }, { contentWarning: 'too_long' }],
    ['no consent', { consent: undefined }, { consent: 'consent' }],
    ['consent as text', { consent: 'true' }, { consent: 'consent' }],
    ['honeypot not text', { website: 1 }, { website: 'invalid' }],
  ];
  for (const [name, change, fields] of failures) {
    it(`refuses ${name}`, () => {
      assert.deepEqual(validateStory({ ...valid, ...change }, rules), { ok: false, fields });
    });
  }

  it('uses the practice limit, and counts after trimming', () => {
    assert.equal(validateStory({ ...valid, body: 'y'.repeat(1500) }, { maxLength: 2000 }).ok, true);
    assert.equal(
      validateStory({ ...valid, body: ` ${'y'.repeat(30)} ` }, { maxLength: 30 }).ok,
      true,
    );
    assert.deepEqual(validateStory({ ...valid, body: 'y'.repeat(31) }, { maxLength: 30 }), {
      ok: false,
      fields: { body: 'too_long' },
    });
  });

  it('treats anything that is not an object as empty', () => {
    for (const input of [null, 'story', [], 7]) {
      const result = validateStory(input);
      assert.equal(result.ok, false);
      assert.deepEqual(!result.ok && Object.keys(result.fields).sort(), ['body', 'consent']);
    }
  });
});

describe('maskPersonalDetails', () => {
  it('replaces every detail on the wall and marks the original for staff', () => {
    const text =
      "My name is Ana Ruiz and I'm scared. Mail ana@example.org or call 503-555-0199. My sister Carla came.";
    const { masked, segments, ranges, language } = maskPersonalDetails(text);
    assert.equal(language, 'en');
    assert.equal(
      masked,
      "My name is [name] and I'm scared. Mail [e-mail] or call [phone]. My sister [name] came.",
    );
    assert.deepEqual(
      segments.filter((segment) => segment.kind).map((segment) => [segment.kind, segment.text]),
      [
        ['name', 'Ana Ruiz'],
        ['email', 'ana@example.org'],
        ['phone', '503-555-0199'],
        ['name', 'Carla'],
      ],
    );
    assert.deepEqual(
      ranges.map((range) => text.slice(range.start, range.end)),
      ['Ana Ruiz', 'ana@example.org', '503-555-0199', 'Carla'],
    );
    assert.equal(segments.map((segment) => segment.text).join(''), text);
  });

  it('writes the placeholders in the language of the story', () => {
    assert.equal(
      maskPersonalDetails('Mi hijo Mateo vive en Calle Mayor 5 y la doctora Fernández lo sabe.')
        .masked,
      'Mi hijo [nombre] vive en [dirección] y la doctora [nombre] lo sabe.',
    );
  });

  const cases: [string, string][] = [
    ['my sponsor dave says hi', 'my sponsor [name] says hi'],
    ['Then Kevin told me about the group', 'Then [name] told me about the group'],
    ['I live at 123 Oak St Apt 4 now', 'I live at [address] now'],
    ['Vivo en Av. Reforma 222, depto 3', 'Vivo en [dirección]'],
    ['write jane at gmail dot com', 'write [e-mail]'],
    ['mi correo es juan [arroba] hotmail [punto] com', 'mi correo es [correo]'],
    ['my insta is jane.doe92', 'my insta is [handle]'],
    ['I am u/sadpanda on there', 'I am [handle] on there'],
    ['all my links: linktr.ee/jane', 'all my links: [link]'],
    ['call five five five two oh one four four three three', 'call [phone]'],
    // Never touched: crisis lines, days, times, money, medication, places, ordinary words.
    [
      'Call 988 or text HOME to 741741 on Tuesday at 6:30 pm; $40 a session; I take Prozac.',
      'Call 988 or text HOME to 741741 on Tuesday at 6:30 pm; $40 a session; I take Prozac.',
    ],
    ['I have hope again since May 2018', 'I have hope again since May 2018'],
    ['I lost my job in Dallas', 'I lost my job in Dallas'],
    [
      'El Teléfono de la Esperanza 717 003 717 me atendió',
      'El Teléfono de la Esperanza 717 003 717 me atendió',
    ],
    ['We called 988 together', 'We called 988 together'],
    ['BUY NOW AT WWW.CHEAP.COM', 'BUY NOW AT [link]'],
  ];
  for (const [text, masked] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(masked)}`, () => {
      assert.equal(maskPersonalDetails(text).masked, masked);
    });
  }

  it('keeps the words the practice names (its groups), whatever their case', () => {
    const text = 'Angela Davis Circle on Mondays helped; Angela Davis is not my name.';
    const { masked } = maskPersonalDetails(text, ['Angela Davis Circle']);
    assert.equal(masked, 'Angela Davis Circle on Mondays helped; [name] is not my name.');
  });

  it('leaves plain text alone', () => {
    assert.deepEqual(maskPersonalDetails('Nothing to see here.').segments, [
      { text: 'Nothing to see here.' },
    ]);
  });
});

describe('storyFlags', () => {
  it('notices links, shouting and repeated characters, and nothing in a plain story', () => {
    assert.deepEqual(storyFlags('BUY NOW AT WWW.CHEAP.COM AND WWW.PILLS.NET!!!!!!!!!!!!'), {
      crisis: 'none',
      personalDetails: ['url'],
      links: 2,
      spam: ['links', 'all_caps', 'repeated_characters'],
    });
    assert.deepEqual(storyFlags('I sat in my car for ten minutes before I went in.'), {
      crisis: 'none',
      personalDetails: [],
      links: 0,
      spam: [],
    });
  });
});
