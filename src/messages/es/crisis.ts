/** Spanish: crisis (the glossary is in src/messages/es/index.ts). */
import type { crisis as english } from '../en/crisis.js'

export const crisis = {
  // ── The crisis line, the prompts and the practice checklist's languages.
  // The crisis line every report ends with, by region (src/report/crisis.ts names the sources).
  'crisis.US':
    'Si está en crisis, puede llamar al 988 y marcar 2 para hablar en español, o enviar la palabra AYUDA por mensaje de texto al 988, a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
  'crisis.GB':
    'Si está en crisis: en una emergencia, llame al 999; para ayuda urgente de salud mental, llame al NHS 111 y elija la opción 2; o llame gratis a Samaritans al 116 123.',
  'crisis.CA':
    'Si está en crisis, puede llamar o enviar un mensaje de texto al 9-8-8 a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
  'crisis.AU':
    'Si está en crisis, llame a Lifeline al 13 11 14 o envíe un mensaje de texto al 0477 13 11 14, a cualquier hora, de día o de noche. En una emergencia, llame al 000.',
  'crisis.IE':
    'Si está en crisis, llame gratis a Samaritans al 116 123, a cualquier hora, de día o de noche. En una emergencia, llame al 112 o al 999.',
  'crisis.NZ':
    'Si está en crisis, puede llamar o enviar un mensaje de texto gratis al 1737, a cualquier hora, de día o de noche, para hablar con un consejero capacitado. En una emergencia, llame al 111.',
  'crisis.ES':
    'Si está en crisis, llame gratis al 024, a cualquier hora, de día o de noche. En una emergencia, llame al 112.',
  'crisis.MX':
    'Si está en crisis, llame gratis a la Línea de la Vida al 800 911 2000, a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
  'crisis.other':
    'Si está en crisis, llame al número de emergencias de su país, o busque una línea de ayuda gratuita cerca de usted en findahelpline.com.',

  // The one-tap links under the crisis line in the HTML report.
  'crisis.contact.call': 'Llamar al {number}',
  'crisis.contact.text': 'Mensaje de texto al {number}',
  'crisis.contact.emergency': 'Emergencias: {number}',
  'crisis.contact.named': '{name} {number}',
  'crisis.contact.callNamed': 'Llamar a {name} al {number}',
} as const satisfies { readonly [K in keyof typeof english]: string }
