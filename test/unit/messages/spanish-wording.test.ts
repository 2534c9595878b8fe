import { describe, expect, it } from 'vitest'
import { catalogueOf } from '../../../src/messages/index.js'

/**
 * Issue 22 item 12: the Spanish catalogue as a Latin-American reader reads it. Each pattern is
 * searched in every sentence, not only where a reader first met it.
 */
const spanish = Object.entries(catalogueOf('es'))

const notLatinAmerican: Array<[string, RegExp]> = [
  // Spain's "le" for "usted" as a direct object (leísmo): Latin America says "lo/la", or rephrases.
  ['oírle, verle, mostrarle, llamarle, ayudarle', /\b(?:oír|ver|mostrar|llamar|ayudar|escuchar)le\b/i],
  ['le oirá, le oiga, le ve, le puede oír', /\ble (?:oir|oír|oig|ve[rá]?\b|puede (?:oír|ver))/i],
  ['"y no manejando"', /,? y no manejando/],
  ['"con algo que mirar"', /con algo que mirar/],
  ['"hay … que resolver"', /que resolver/],
  ['"se puede hablar al empezar" (conversar)', /hablar al empezar/],
  ['"las personas cerca" (cercanas)', /persona(?:s)? cerca\b/],
  ['"nadie cerca"', /nadie cerca\b/],
  // One name for each kind of session, as the glossary in src/messages/es/index.ts says.
  ['"sesión de solo audio" (sesión por teléfono (solo audio))', /sesi[oó]n de solo audio/i],
  ['"sesión de video" (sesión por video)', /sesi[oó]n de video/i],
  ['"sesión de chat" or "de texto" (sesión por chat)', /sesi[oó]n de (?:texto|chat)/i],
]

describe('Spanish for a Latin-American reader', () => {
  it.each(notLatinAmerican)('no sentence says %s', (_name, pattern) => {
    const found = spanish.filter(([, sentence]) => pattern.test(sentence)).map(([key]) => key)
    expect(found).toEqual([])
  })

  it('the safety question reads naturally', () => {
    expect(catalogueOf('es')['checklist.q.safe-not-driving.text']).toMatch(
      /^¿Está en un lugar seguro y no está manejando\?/,
    )
  })
})
