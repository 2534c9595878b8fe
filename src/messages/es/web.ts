/** Spanish: the web check's page (the glossary is in src/messages/es/index.ts). */
import type { web as english } from '../en/web.js'

export const web = {
  // ── La página alrededor de las revisiones.
  'web.title': 'Revise su dispositivo para su sesión',
  'web.intro':
    'Esta página revisa este teléfono, tableta o computadora para una sesión de terapia en línea: la conexión, la cámara, el micrófono y los altavoces, el enlace de su reunión y unas preguntas sobre su espacio. Toma unos dos minutos.',
  'web.privacy':
    'Nada se graba, se guarda ni se envía a ningún lugar. Solo la prueba de conexión habla con el servidor del que vino esta página.',
  'web.session.legend': '¿Qué tipo de sesión tiene?',
  'web.session.video': 'Video',
  'web.session.audio': 'Audio o teléfono',
  'web.session.text': 'Texto o chat',
  'web.start': 'Empezar la revisión',
  'web.next': 'Continuar',
  'web.otherLanguage': 'View this page in English',
  'web.step': 'Paso {step} de {total}',
  'web.config.checklist':
    'Las preguntas propias de su consultorio no se pudieron usar en esta página, así que se hacen las preguntas incluidas. Todo lo demás funciona como siempre; si quiere, avísele a su terapeuta.',
  'web.config.endpoint':
    'La configuración de esta página indica un servidor de prueba de conexión con el que no está preparada para comunicarse, así que la conexión se prueba con la dirección de la que vino esta página.',
  'web.config.failed':
    'Esta página no pudo leer la configuración de su consultorio, así que hace las preguntas incluidas.',

  'web.progress.connection': 'Midiendo su conexión en segundo plano.',
  'web.progress.connectionWaiting': 'Casi listo: terminando la prueba de conexión.',
  'web.progress.done': 'La revisión terminó. Su resultado está abajo.',

  // ── Cámara, micrófono y altavoces.
  'web.devices.heading': 'Cámara, micrófono y altavoces',
  'web.devices.explain.video':
    'Ahora su navegador le pedirá usar la cámara y el micrófono. Se verá a sí mismo y verá una barra que se mueve cuando habla. Nada se graba ni se envía a ningún lugar.',
  'web.devices.explain.audio':
    'Ahora su navegador le pedirá usar el micrófono. Verá una barra que se mueve cuando habla. Nada se graba ni se envía a ningún lugar.',
  'web.devices.allow.video': 'Encender la cámara y el micrófono',
  'web.devices.allow.audio': 'Encender el micrófono',
  'web.devices.selfView': 'Su cámara: así verá su imagen la otra persona',
  'web.devices.meter': 'Nivel del micrófono',
  'web.devices.speak': 'Diga unas palabras: la barra se mueve cuando su micrófono capta su voz.',
  'web.devices.heard': 'Su micrófono capta su voz.',
  'web.devices.notHeardYet': 'Todavía no se oye nada.',
  'web.devices.waiting': 'Esperando a su navegador. Si le pregunta, elija Permitir.',
  'web.speakers.play': 'Reproducir un sonido de prueba',
  'web.speakers.question': '¿Oyó el sonido de prueba?',
  'web.speakers.playFirst': 'Primero presione «Reproducir un sonido de prueba» y luego responda.',

  'web.devices.summary.denied':
    'Este navegador no tiene permiso para usar la cámara o el micrófono, así que una videollamada en él tampoco podría usarlos.',
  'web.devices.summary.deniedAudio':
    'Este navegador no tiene permiso para usar el micrófono, así que una llamada en él tampoco podría usarlo.',
  'web.devices.summary.busy':
    'Otra aplicación está usando la cámara o el micrófono ahora mismo, así que este navegador no pudo encenderlos.',
  'web.devices.summary.failed': 'Este navegador no pudo encender la cámara o el micrófono.',
  'web.devices.summary.unsupported':
    'Este navegador no puede usar una cámara ni un micrófono en esta página. Hace falta una dirección segura (https) u otro navegador.',
  'web.devices.summary.silent': 'Su micrófono está encendido, pero no captó ningún sonido.',
  'web.devices.summary.speakersNotHeard':
    'No oyó el sonido de prueba, así que puede que no oiga a su terapeuta.',
  'web.devices.summary.ready.video': 'Su cámara, su micrófono y sus altavoces funcionan en este navegador.',
  'web.devices.summary.ready.audio': 'Su micrófono y sus altavoces funcionan en este navegador.',
  'web.devices.summary.textSession':
    'Una sesión por texto o chat no necesita la cámara ni el micrófono, así que no los revisamos.',
  'web.devices.step.closeOtherApp':
    'Cierre la otra aplicación que usa la cámara o el micrófono (otra videollamada, por ejemplo) y vuelva a cargar esta página.',
  'web.devices.step.reload': 'Luego vuelva a cargar esta página y revise de nuevo.',
  'web.devices.step.otherBrowser':
    'Abra esta página en Chrome, Edge, Firefox o Safari, en su dirección https://.',
  'web.devices.step.silent':
    'Revise que su micrófono no esté silenciado (un interruptor en los audífonos o una tecla de silencio) y hable cerca de él.',
  'web.devices.step.volume':
    'Suba el volumen y revise que sus audífonos o altavoces estén conectados y elegidos para el sonido de este dispositivo.',
  'web.label.microphoneHeard': 'El micrófono captó sonido',
  'web.label.speakersHeard': 'Se oyó el sonido de prueba',

  'web.allow.chrome.computer':
    'En Chrome, haga clic en el ícono a la izquierda de la barra de direcciones, active Cámara y Micrófono para este sitio y vuelva a cargar la página.',
  'web.allow.edge.computer':
    'En Edge, haga clic en el candado a la izquierda de la barra de direcciones, elija «Permisos para este sitio», ponga Cámara y Micrófono en Permitir y vuelva a cargar la página.',
  'web.allow.firefox.computer':
    'En Firefox, haga clic en el ícono tachado de la cámara o del micrófono en la barra de direcciones, quite «Bloqueado temporalmente» o «Bloqueado», vuelva a cargar la página y elija Permitir.',
  'web.allow.safari.macos':
    'En Safari, abra Safari › Configuración para este sitio web (o Configuración › Sitios web), ponga Cámara y Micrófono en Permitir y vuelva a cargar la página.',
  'web.allow.chrome.android':
    'En Chrome, toque el ícono a la izquierda de la barra de direcciones, toque Permisos, active Cámara y Micrófono y vuelva a cargar la página.',
  'web.allow.firefox.android':
    'En Firefox, toque el candado a la izquierda de la barra de direcciones, active Cámara y Micrófono para este sitio y vuelva a cargar la página.',
  'web.allow.samsung.android':
    'En Samsung Internet, toque el candado de la barra de direcciones, toque Permisos, permita Cámara y Micrófono y vuelva a cargar la página.',
  'web.allow.safari.ios':
    'En Safari, toque «Aa» o el menú de la página en la barra de direcciones, toque Configuración del sitio web, ponga Cámara y Micrófono en Permitir y vuelva a cargar la página.',
  'web.allow.other.ios':
    'Abra la app Configuración, toque el navegador que usa, active Cámara y Micrófono y vuelva a cargar esta página.',
  'web.allow.system.windows':
    'Si aún no funciona, abra Inicio › Configuración › Privacidad y seguridad › Cámara (y Micrófono) y active el acceso para las aplicaciones y para las aplicaciones de escritorio.',
  'web.allow.system.macos':
    'Si aún no funciona, abra Configuración del Sistema › Privacidad y seguridad › Cámara (y Micrófono) y active su navegador.',
  'web.allow.system.android':
    'Si aún no funciona, abra Ajustes › Aplicaciones › su navegador › Permisos y permita Cámara y Micrófono.',
  'web.allow.other':
    'Abra la configuración de su navegador para este sitio, permita la cámara y el micrófono y vuelva a cargar la página.',

  // ── Este dispositivo.
  'web.device.title': 'Este dispositivo',
  'web.device.summary.phone':
    'Está usando un teléfono. Algunas cosas ayudan a que una llamada larga salga bien.',
  'web.device.summary.tablet':
    'Está usando una tableta. Algunas cosas ayudan a que una llamada larga salga bien.',
  'web.device.summary.computer': 'Está usando una computadora con un navegador web.',
  'web.device.summary.lowBattery':
    'La batería está al {percent} % y no se está cargando, así que podría agotarse durante la sesión.',
  'web.device.step.plugIn':
    'Conecte el cargador antes de la sesión: una videollamada gasta la batería rápido.',
  'web.device.step.doNotDisturb':
    'Active el modo No molestar, para que llamadas y mensajes no interrumpan la sesión ni aparezcan en la pantalla.',
  'web.device.step.stand':
    'Apoye el dispositivo en algo firme a la altura de los ojos, para tener las manos libres y que la imagen no se mueva.',
  'web.label.deviceKind': 'Tipo de dispositivo',
  'web.label.browser': 'Navegador',
  'web.label.battery': 'Batería',
  'web.label.charging': 'Cargando',
  'web.device.kind.phone': 'teléfono',
  'web.device.kind.tablet': 'tableta',
  'web.device.kind.computer': 'computadora',

  'web.connection.notMeasured': 'La conexión no se midió en este navegador.',
  'web.connection.failed': 'La prueba de conexión no pudo terminar en este navegador.',

  // ── El enlace de la reunión.
  'web.link.heading': 'El enlace de su reunión',
  'web.link.explain':
    'Si tiene el enlace de su sesión, péguelo aquí para revisar que sea seguro abrirlo. Se revisa solo en esta página: el enlace nunca sale de ella.',
  'web.link.label': 'Enlace de la reunión (opcional)',
  'web.link.skip': 'Déjelo vacío para saltar este paso.',

  'web.checklist.heading': 'Unas preguntas sobre su espacio',

  // ── El resultado.
  'web.report.heading': 'Su resultado',
  'web.save': 'Guardar para su terapeuta',
  'web.saveHint': 'Esto guarda el informe como un archivo en este dispositivo. No se envía nada.',
  'web.checkAgain': 'Revisar de nuevo',
} as const satisfies Record<keyof typeof english, string>
