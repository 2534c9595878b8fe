/** English: crisis (the whole catalogue is src/messages/en/index.ts). */
export const crisis = {
  // ── The crisis line, the prompts and the practice checklist's languages.
  // The crisis line every report ends with, by region (src/report/crisis.ts names the sources).
  'crisis.US':
    'If you are in crisis, you can call or text 988 any time, day or night. In an emergency, call 911.',
  'crisis.GB':
    'If you are in crisis: in an emergency call 999; for urgent mental-health help call NHS 111 and choose option 2; or call Samaritans free on 116 123.',
  'crisis.CA':
    'If you are in crisis, you can call or text 9-8-8 any time, day or night. In an emergency, call 911.',
  'crisis.AU':
    'If you are in crisis, call Lifeline on 13 11 14 or text 0477 13 11 14, any time, day or night. In an emergency, call 000.',
  'crisis.IE':
    'If you are in crisis, call Samaritans free on 116 123, any time, day or night. In an emergency, call 112 or 999.',
  'crisis.NZ':
    'If you are in crisis, you can call or text 1737 free, any time, day or night, to talk with a trained counsellor. In an emergency, call 111.',
  'crisis.ES': 'If you are in crisis, call 024 free, any time, day or night. In an emergency, call 112.',
  'crisis.MX':
    'If you are in crisis, call the Línea de la Vida free on 800 911 2000, any time, day or night. In an emergency, call 911.',
  'crisis.other':
    'If you are in crisis, call your local emergency number, or find a free helpline near you at findahelpline.com.',

  // The one-tap links under the crisis line in the HTML report.
  'crisis.contact.call': 'Call {number}',
  'crisis.contact.text': 'Text {number}',
  'crisis.contact.emergency': 'Emergency: {number}',
  'crisis.contact.named': '{name} {number}',
  'crisis.contact.callNamed': 'Call {name} {number}',
} as const
