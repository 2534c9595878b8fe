import { SESSION_TYPES } from '../../report/model.js'

/** Limits that keep a checklist short enough for a client and small enough to read safely. */
export const checklistLimits = {
  questions: 30,
  idLength: 40,
  textLength: 200,
  whyLength: 300,
  fixLength: 300,
  practiceLength: 80,
  welcomeLength: 200,
  meetingHosts: 20,
} as const

const nonEmpty = '\\S'
/** The description of the "not only spaces" pattern; parse-file words it as "is empty". */
export const NON_EMPTY = 'some text'

/** A language code as a key of a translated text: en, es, pt-BR. */
export const LANGUAGE_KEY = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'

/**
 * A text a client reads: one string, or the same text by language, such as
 * {en: "Is the door closed?", es: "¿Está cerrada la puerta?"} (issue 16). The string rules
 * (length, not empty) hold for each translation; no anyOf, so a problem is still one sentence.
 */
function localText(maxLength: number) {
  return {
    type: ['string', 'object'],
    maxLength,
    pattern: nonEmpty,
    description: NON_EMPTY,
    minProperties: 1,
    propertyNames: { pattern: LANGUAGE_KEY, description: 'a language code such as en or es' },
    additionalProperties: { type: 'string', maxLength, pattern: nonEmpty, description: NON_EMPTY },
  } as const
}

/**
 * The checklist file format, as JSON Schema (draft-07, checked with ajv). `description` on a
 * pattern is the wording shown when a value does not match it, so the rule and its message stay
 * together. Unknown fields are errors: a misspelt "fix" must not silently vanish.
 */
export const checklistSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    practice: localText(checklistLimits.practiceLength),
    welcome: localText(checklistLimits.welcomeLength),
    // The platforms the practice sends session links for; a link elsewhere is worth a question (issue 17).
    meetingHosts: {
      type: 'array',
      minItems: 1,
      maxItems: checklistLimits.meetingHosts,
      uniqueItems: true,
      items: {
        type: 'string',
        maxLength: 253,
        pattern:
          '^(?=[^.]{1,63}(\\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
        description: 'a host name such as doxy.me or yourpractice.zoom.us, without https:// or a path',
      },
    },
    mode: { enum: ['keep', 'add', 'replace'] },
    questions: {
      type: 'array',
      maxItems: checklistLimits.questions,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'why', 'fix'],
        properties: {
          id: {
            type: 'string',
            maxLength: checklistLimits.idLength,
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'lowercase letters, digits and single dashes, such as quiet-room',
          },
          text: localText(checklistLimits.textLength),
          why: localText(checklistLimits.whyLength),
          fix: localText(checklistLimits.fixLength),
          level: { enum: ['required', 'advisory'] },
          sessions: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: [...SESSION_TYPES] },
          },
        },
      },
    },
  },
} as const

/** An --answers file: question id to yes or no (true and false are accepted too). */
export const answersSchema = {
  type: 'object',
  maxProperties: 200,
  propertyNames: {
    maxLength: checklistLimits.idLength,
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    description: 'a question id: lowercase letters, digits and single dashes',
  },
  // y and n too, as the prompt accepts them.
  additionalProperties: { enum: ['yes', 'no', 'Yes', 'No', 'YES', 'NO', 'y', 'n', 'Y', 'N', true, false] },
} as const

/** The fields a checklist file and a question may have, for "did you mean" hints. */
export const topLevelFields = Object.keys(checklistSchema.properties)
export const questionFields = Object.keys(checklistSchema.properties.questions.items.properties)
