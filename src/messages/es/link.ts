/** Spanish: link (the glossary is in src/messages/es/index.ts). */
import type { link as english } from '../en/link.js'

export const link = {
  // ── The meeting-link check (src/checks/link/).
  // {host} is always the ASCII host (an IDN in its xn-- form); the path and query, which hold the meeting's key, never appear.
  'link.summary.user-info':
    'Este enlace esconde su dirección real: lleva a {host}, no al nombre escrito al principio.',
  'link.summary.ip-host':
    'Este enlace lleva a una dirección de internet en números ({host}) en lugar de a un sitio web con nombre; las plataformas de video no envían enlaces así.',
  'link.summary.idn-confusable':
    'Este enlace lleva a {host}, que usa letras de otro alfabeto para parecerse a la dirección de {platform}.',
  'link.summary.idn-mixed-script':
    'La dirección de este enlace ({host}) mezcla letras de distintos alfabetos, un truco para imitar sitios web reales.',
  'link.summary.lookalike-label':
    'Este enlace lleva a {host}, que usa el nombre de {platform} pero no es la dirección de {platform}.',
  'link.summary.lookalike-typo':
    'Este enlace lleva a {host}, que se parece a la dirección de {platform} pero se escribe distinto.',
  'link.summary.certificate-invalid':
    'El sitio web {host} no pudo demostrar quién es: su certificado de seguridad no es válido para ese nombre.',
  'link.summary.certificate-expired':
    'El sitio web {host} no pudo demostrar quién es: su certificado de seguridad está vencido.',
  'link.summary.certificate-not-yet-valid':
    'El sitio web {host} no pudo demostrar quién es: su certificado de seguridad todavía no es válido. Si la fecha y la hora de esta computadora están mal, corríjalas y vuelva a verificar.',
  'link.summary.certificate-self-signed':
    'El sitio web {host} no pudo demostrar quién es: su certificado de seguridad es autofirmado, es decir, solo lo respalda el propio sitio.',
  'link.summary.certificate-untrusted':
    'El sitio web {host} no pudo demostrar quién es: su certificado de seguridad no lo emitió una autoridad en la que esta computadora confíe.',
  'link.summary.certificate-chain-too-long':
    'El sitio web {host} no pudo demostrar quién es: su cadena de certificados de seguridad es más larga que la de cualquier sitio web real.',
  'link.summary.certificate-revoked':
    'El sitio web {host} no pudo demostrar quién es: la autoridad que emitió su certificado de seguridad lo retiró.',
  'link.summary.private-address':
    'Este enlace lleva a {host}, que apunta al interior de una red privada (como la de una casa o una oficina) y no a un sitio web de internet; no se estableció contacto con esa dirección.',
  'link.summary.app-link-foreign':
    'Este enlace abre la aplicación de {platform}, pero la envía a {host}, que no es la dirección de {platform}.',
  'link.summary.wrapper-mismatch':
    'Este enlace viene envuelto por {wrapper}, pero indica dos direcciones distintas, {host} y {other}; un envoltorio real indica solo una, así que este se hizo para engañar.',
  'link.summary.consumer-app':
    'Este enlace abre una llamada de {platform} en {host}, la dirección propia de {platform}. {platform} es una aplicación para llamadas personales: puede usar los contactos de su teléfono y puede mostrar su número de teléfono a las demás personas de la llamada.',
  'link.summary.not-https':
    'Este enlace a {host} no es un enlace seguro (no empieza con https://), así que otras personas en la red podrían leer lo que envía.',
  'link.summary.not-found':
    'La dirección {host} no existe en internet, así que este enlace no puede funcionar.',
  'link.summary.other-platform':
    'Este enlace lleva a {platform} ({host}), pero la lista de verificación de su consultorio indica otras plataformas para sus sesiones.',
  'link.summary.unknown-host':
    'Este enlace lleva a {host}, que no es una plataforma de video que esta herramienta conozca.',
  'link.summary.shortener': 'Este es un enlace acortado ({host}), que esconde adónde lleva en realidad.',
  'link.summary.shortenerTo': 'Este es un enlace acortado ({host}) que lleva a {target}.',
  'link.summary.non-default-port':
    'Este enlace usa un número de puerto poco común en {host}; los enlaces propios de las plataformas de video no lo hacen.',
  'link.summary.personal-room':
    'Este es un enlace de sala personal en {platform}: puede ser el mismo enlace que su terapeuta usa con todas las personas que atiende.',
  'link.summary.no-passcode': 'Este enlace de {platform} no incluye un código de acceso.',
  'link.summary.platformVerified':
    'Este enlace lleva a {host}, la dirección propia de {platform}, y el sitio lo demostró con un certificado de seguridad válido.',
  'link.summary.platformUnverified': 'Este enlace lleva a {host}, la dirección propia de {platform}.',
  'link.summary.practiceVerified':
    'Este enlace lleva a {host}, una dirección que su consultorio indica para sus sesiones, y el sitio lo demostró con un certificado de seguridad válido.',
  'link.summary.practiceUnverified':
    'Este enlace lleva a {host}, una dirección que su consultorio indica para sus sesiones.',
  'link.note.offline':
    'No se contactó al sitio web (--offline), así que no se revisó su certificado de seguridad.',
  'link.note.unwrapped':
    'Su correo había envuelto este enlace con {wrapper}, que revisa los enlaces antes de abrirlos; se revisó el enlace de la sesión que iba dentro.',
  'link.note.appLink':
    'Este es un enlace de aplicación: abre directamente la aplicación de {platform} en lugar de una página web.',
  'link.note.unreachable':
    'No se pudo llegar al sitio web en este momento, así que no se revisó su certificado de seguridad.',
  'link.step.doNotOpen':
    'No abra este enlace. Pida a su terapeuta que le confirme el enlace por teléfono o por el portal del consultorio.',
  'link.step.checkFirst':
    'Antes de abrirlo, confirme con su terapeuta, por teléfono o por el portal del consultorio, que este es su enlace.',
  'link.step.secureLink':
    'No abra este enlace. Pida a su terapeuta el enlace seguro, que empieza con https://, por teléfono o por el portal del consultorio.',
  'link.step.sendAgain':
    'Pida a su terapeuta que le envíe el enlace otra vez, por teléfono o por el portal del consultorio.',
  'link.step.otherPlatform':
    'Antes de abrirlo, confirme con su terapeuta que esta vez quería usar {platform}.',
  'link.step.fullLinkNextTime':
    'La próxima vez, pida a su terapeuta el enlace completo: un enlace acortado esconde adónde lleva hasta que usted lo abre.',
  'link.step.fullLinkOffline':
    'Pida a su terapeuta el enlace completo, o escriba {command} link otra vez sin --offline para ver adónde lleva.',
  'link.step.fullLink':
    'Pida a su terapeuta el enlace completo, por teléfono o por el portal del consultorio, y abra ese enlace en su lugar.',
  'link.step.consumerApp':
    'Pregunte a su terapeuta si puede usar la plataforma de video propia del consultorio. Si no es posible, revise la configuración de privacidad de {platform} antes de la llamada.',
  'link.step.waitingRoom':
    'Es algo común, pero pregunte a su terapeuta si la sala tiene sala de espera, para que usted entre solo cuando haya terminado la sesión anterior.',
  'link.step.passcode':
    'Pregunte a su terapeuta si la reunión tiene código de acceso o sala de espera, para que nadie más pueda entrar.',

  // The facts shown under --verbose (the host only, never the path).
  'link.label.host': 'El enlace lleva a',
  'link.label.platform': 'Plataforma',
  'link.value.unknownPlatform': 'una que esta herramienta no conoce',
  'link.label.certificate': 'Certificado de seguridad',
  'link.value.certificate.offline': 'no revisado (--offline)',
  'link.value.certificate.skipped': 'no revisado (el enlace falló antes)',
  'link.value.certificate.not-found': 'no revisado (el nombre no existe)',
  'link.value.certificate.unreachable': 'no revisado (no se pudo llegar al sitio)',
  'link.value.certificate.wrong-name': 'no es válido para este nombre',
  'link.value.certificate.expired': 'vencido',
  'link.value.certificate.not-yet-valid': 'todavía no es válido',
  'link.value.certificate.self-signed': 'autofirmado',
  'link.value.certificate.untrusted': 'no es de una autoridad de confianza',
  'link.value.certificate.chain-too-long': 'cadena demasiado larga',
  'link.value.certificate.revoked': 'retirado por quien lo emitió',
  'link.value.certificate.private-address': 'no verificado (la dirección está dentro de una red privada)',
  'link.value.certificate.certificate-valid': 'válido',
  'link.value.certificate.validFrom': 'válido ({issuer})',
  'link.progress.checking': 'Revisando {host}',

  // Bad input (exit 2). The link itself is never repeated: it may be a key.
  'link.input.empty':
    'El enlace de la sesión está vacío; copie el enlace completo del correo o del mensaje, por ejemplo: {command} link "https://…".',
  'link.input.too-long':
    'El enlace de la sesión tiene más de 2000 caracteres, y ningún enlace de sesión es tan largo; copie solo el enlace del correo o del mensaje e inténtelo de nuevo.',
  'link.input.control-characters':
    'El enlace de la sesión tiene caracteres de control invisibles; vuelva a copiar el enlace del correo o del mensaje, o escríbalo a mano.',
  'link.input.not-a-url':
    'Eso no es un enlace web; copie el enlace completo del correo o del mensaje, empezando por https://, e inténtelo de nuevo.',
  'link.input.only-needs-link':
    '--only link necesita el enlace que se va a revisar: agregue --link "https://…", o escriba {command} link "https://…".',
  'link.title': 'Enlace de la sesión',
  'link.activity': 'Revisando el enlace de la sesión',
} as const satisfies { readonly [K in keyof typeof english]: string }
