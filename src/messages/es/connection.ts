/** Spanish: connection (the glossary is in src/messages/es/index.ts). */
import type { connection as english } from '../en/connection.js'

export const connection = {
  // ── The connection check (src/checks/connection/).
  // Steps, in the order they are shown (src/checks/connection/wording.ts picks which go with which figure).
  'connection.step.busy':
    'Esta computadora estaba ocupada durante la prueba, así que las cifras de tiempo pueden verse peores de lo que es su conexión. Cierre los programas que estén trabajando mucho (descargas grandes, juegos, exportación de videos) y vuelva a ejecutar la revisión.',
  'connection.step.serverBusy':
    'El servidor de prueba estaba sobrecargado y rechazó parte del tráfico mientras medía, así que parte de esta pérdida puede deberse al servidor y no a su conexión. Vuelva a hacer la prueba en unos minutos.',
  'connection.step.cable': 'Si puede, use un cable de red, o siéntese más cerca de su router wifi.',
  'connection.step.pause':
    'Pida a las demás personas de su casa que pausen las descargas, las actualizaciones de juegos y los videos en línea durante su sesión.',
  'connection.step.restart':
    'Reinicie su router: desconéctelo, espere 30 segundos, vuelva a conectarlo y luego vuelva a ejecutar la revisión.',
  'connection.step.audio':
    'Si la imagen se congela mucho durante la sesión, usted y su terapeuta pueden pasar a solo audio.',
  'connection.step.network':
    'Si nada funciona, pruebe otra red, como el punto de acceso (hotspot) de su teléfono.',
  'connection.step.udp':
    'Parece que su red bloquea la vía que prefieren las videollamadas. La llamada debería funcionar, pero puede verse menos fluida. Si puede, use otra red, como el wifi de su casa en lugar de una red del trabajo o de invitados.',
  'connection.step.udpUntested':
    'Para incluir la prueba de pérdida de datos, revise la dirección que indicó con --stun, o vuelva a ejecutar la revisión en unos minutos.',
  'connection.note.proxy':
    'Estas cifras se midieron a través del proxy configurado en esta computadora, así que describen el camino a través de ese proxy.',
  'connection.note.lossBrowser':
    'No se midió la pérdida de datos (pérdida de paquetes): un navegador no puede enviar las sondas UDP que usa esta prueba. En una computadora, {command} también la mide.',

  // A part of the connection check named among what was not checked, in the verdict: "… no se
  // revisaron la pérdida de datos (pérdida de paquetes), el wifi y …". `partAsSubject` opens the separate sentence.
  'report.part.packetLoss': 'la pérdida de datos (pérdida de paquetes)',
  'report.partAsSubject.packetLoss': 'la pérdida de datos (pérdida de paquetes)',

  // The kind of session, inside a sentence: "Your connection looks good for {session}".
  'connection.session.video': 'una sesión por video',
  'connection.session.audio': 'una sesión por teléfono (solo audio)',
  'connection.session.text': 'una sesión por chat',
  'connection.summary.pass': 'Su conexión está bien para {session}: {figures}.',
  'connection.summary.passNoFigures': 'Su conexión está bien para {session}.',
  'connection.summary.warn': 'Su conexión debería funcionar para {session}, pero {problems}.',
  'connection.summary.fail': 'Su conexión todavía no está lista para {session}: {problems}.',
  'connection.summary.failAlso':
    'Su conexión todavía no está lista para {session}: {problems}. Además, {also}.',
  'connection.summary.failure': 'No se pudo medir su conexión: {reason}.',
  'connection.summary.offline': 'No se midió, porque usted pidió no usar la red (--offline).',
  'connection.summary.ooklaDeclined':
    'No se midió, porque no se aceptó la licencia de Ookla. Escriba {command} sin --engine ookla para usar la prueba incluida.',

  // The figures of a passing summary, listed with connection.figure.separator.
  'connection.figure.download': 'descarga de {value}',
  'connection.figure.downloadAtLeast': 'descarga de al menos {value}, más de lo que necesita {session}',
  'connection.figure.upload': 'subida de {value}',
  'connection.figure.uploadAtLeast': 'subida de al menos {value}, más de lo que necesita {session}',
  'connection.figure.latency': 'retraso de {value}',
  'connection.figure.separator': '{first}, {next}',

  // A figure as shown inside a sentence; {value} is a number.
  'connection.value.mbps': '{value} Mbit/s',
  'connection.value.ms': '{value} ms',
  'connection.value.underOneMs': 'menos de 1 ms',
  'connection.value.msMore': '{value} ms más',
  'connection.value.percent': '{value} %',
  'connection.value.mos': 'calidad estimada: {value} de 5',

  // The problems of a summary, listed with connection.problem.comma and .and; {value} is a figure as shown above.
  'connection.problem.downloadWarn': 'la velocidad de descarga es algo baja ({value})',
  'connection.problem.downloadFail': 'la velocidad de descarga es demasiado baja ({value})',
  'connection.problem.uploadWarn': 'la velocidad de subida es algo baja ({value})',
  'connection.problem.uploadFail': 'la velocidad de subida es demasiado baja ({value})',
  'connection.problem.latencyWarn': 'el retraso es un poco alto ({value})',
  'connection.problem.latencyFail': 'el retraso es demasiado alto ({value})',
  'connection.problem.bloatWarn': 'se vuelve lenta cuando la línea está ocupada ({value})',
  'connection.problem.bloatFail': 'se vuelve muy lenta cuando la línea está ocupada ({value})',
  'connection.problem.jitterWarn': 'la variación del retraso es un poco alta ({value})',
  'connection.problem.jitterFail': 'la variación del retraso es muy alta ({value})',
  'connection.problem.lossWarn': 'se pierden algunos datos en el camino ({value})',
  'connection.problem.lossFail': 'se pierden demasiados datos en el camino ({value})',
  'connection.problem.mosWarn': 'las voces podrían oírse un poco menos claras ({value})',
  'connection.problem.mosFail': 'las voces no se oirían con claridad ({value})',
  'connection.problem.burst':
    'a veces se pierden muchos datos de golpe ({burst} % en una quinta parte de segundo)',
  'connection.problem.udpBlocked': 'su red bloquea la vía más rápida que prefieren las videollamadas',
  'connection.problem.busy':
    'esta computadora estaba ocupada durante la prueba, así que el retraso puede parecer mayor de lo que realmente es',
  'connection.problem.untestedDns':
    'no se pudo hacer la prueba de pérdida de datos, porque no se encontró el nombre de su servidor',
  'connection.problem.untestedDnsTimeout':
    'no se pudo hacer la prueba de pérdida de datos, porque el nombre de su servidor no se pudo buscar a tiempo',
  'connection.problem.untestedNoTime':
    'no se pudo hacer la prueba de pérdida de datos, porque no quedó tiempo para hacerla',

  // The problems are listed as clauses: "a, b and c".
  'connection.problem.and': '{rest} y {last}',
  'connection.problem.comma': '{first}, {next}',

  // Why a measurement failed (inside connection.summary.failure), and what to do.
  'connection.failure.offline': 'parece que su computadora no está conectada a internet',
  'connection.failure.dns': 'no se encontró la dirección del servidor de prueba',
  'connection.failure.refused': 'el servidor de prueba no aceptó la conexión',
  'connection.failure.tls': 'no se pudo crear una conexión segura con el servidor de prueba',
  'connection.failure.portal': 'esta red mostró una página para iniciar sesión en lugar de la prueba',
  'connection.failure.forbidden': 'el servidor de prueba no quiso hacer la prueba',
  'connection.failure.rateLimited': 'el servidor de prueba pidió esperar porque ha recibido muchas pruebas',
  'connection.failure.serverError': 'el servidor de prueba tuvo un problema',
  'connection.failure.stalled': 'el servidor de prueba dejó de responder',
  'connection.failure.closed': 'la conexión se cortó a mitad de la prueba',
  'connection.failure.proxy': 'el proxy configurado en esta computadora no dejó pasar la prueba',
  'connection.failure.badResponse': 'el servidor de prueba dio una respuesta que esta revisión no esperaba',
  'connection.failure.notInstalled': 'el motor de Ookla no está instalado',
  'connection.failure.engineFailed': 'el motor de Ookla se detuvo con un error',
  'connection.failure.step.wifiOrCable':
    'Revise que el wifi esté encendido y conectado, o que el cable de red esté enchufado, y vuelva a ejecutar la revisión.',
  'connection.failure.step.connected':
    'Revise que esté conectado a internet y vuelva a ejecutar la revisión.',
  'connection.failure.step.networkBlocks':
    'Si está conectado, puede que esta red bloquee la prueba. Inténtelo más tarde o en otra red.',
  'connection.failure.step.tryLater': 'Inténtelo de nuevo en unos minutos.',
  'connection.failure.step.checkServer':
    'Si indicó una dirección de prueba con --server, revísela y confirme que ese servidor esté funcionando.',
  'connection.failure.step.dateTime': 'Revise que la fecha y la hora de su computadora sean correctas.',
  'connection.failure.step.inspected':
    'Algunas redes de trabajo o de escuela revisan el tráfico seguro. Si está en una de ellas, pruebe otra red.',
  'connection.failure.step.signIn':
    'Abra un navegador web y termine de iniciar sesión en esta red (como en un hotel, un café o una clínica). Luego vuelva a ejecutar la revisión.',
  'connection.failure.step.practiceServer':
    'Inténtelo más tarde, o pregunte a su consultorio si tiene su propia dirección de prueba para usar con --server.',
  'connection.failure.step.wait': 'Espere unos minutos y vuelva a ejecutar la revisión.',
  'connection.failure.step.dropped':
    'Puede que su conexión se haya cortado un momento. Vuelva a ejecutar la revisión. Si vuelve a pasar, reinicie su router.',
  'connection.failure.step.cutOff':
    'Vuelva a ejecutar la revisión. Si vuelve a pasar, use un cable de red o siéntese más cerca de su router.',
  'connection.failure.step.proxy':
    'Si está en una red de trabajo, pregunte a su equipo de informática si se permiten las videollamadas. Si no, revise la configuración del proxy (HTTPS_PROXY).',
  'connection.failure.step.badResponse':
    'Si indicó una dirección de prueba con --server, revísela. Si no, inténtelo más tarde.',
  'connection.failure.step.builtIn': 'Escriba {command} sin --engine ookla para usar la prueba incluida.',

  // Labels of the measured figures (JSON, --verbose, Markdown, HTML).
  'connection.label.download': 'Descarga',
  'connection.label.upload': 'Subida',
  'connection.label.downloadNeedProven':
    'Descarga, como mínimo (la prueba se detuvo al confirmar lo que necesita {session})',
  'connection.label.downloadDataCap':
    'Descarga, como mínimo (la prueba se detuvo al llegar al límite de datos)',
  'connection.label.downloadTime':
    'Descarga, como mínimo (la velocidad seguía subiendo cuando se acabó el tiempo)',
  'connection.label.uploadNeedProven':
    'Subida, como mínimo (la prueba se detuvo al confirmar lo que necesita {session})',
  'connection.label.uploadDataCap': 'Subida, como mínimo (la prueba se detuvo al llegar al límite de datos)',
  'connection.label.uploadTime':
    'Subida, como mínimo (la velocidad seguía subiendo cuando se acabó el tiempo)',
  'connection.label.latency': 'Retraso (ida y vuelta, mediana)',
  'connection.label.latencyP90': 'Retraso (el 10 % más lento)',
  'connection.label.jitterUdp': 'Variación del retraso (RFC 3550, UDP, con la línea tranquila)',
  'connection.label.jitterHttp': 'Variación del retraso',
  'connection.label.bloat': 'Retraso adicional cuando la línea está ocupada (nota {grade})',
  'connection.label.rpm': 'Capacidad de respuesta con la línea ocupada',
  'connection.label.loss': 'Pérdida de datos con la línea tranquila',
  'connection.label.lossNoneProven':
    'Pérdida de datos con la línea tranquila (ninguna en {samples} pruebas: menos del 1 %)',
  'connection.label.lossNoneSeen': 'Pérdida de datos con la línea tranquila (ninguna en {samples} pruebas)',
  'connection.label.lossOf': 'Pérdida de datos con la línea tranquila (de {samples} pruebas)',
  'connection.label.lossUpper': 'Pérdida de datos, límite superior del 95 %',
  'connection.label.burst': 'Mayor pérdida en una quinta parte de segundo',
  'connection.label.lossUnderLoad': 'Pérdida de datos mientras esta revisión llenaba la línea (no se evalúa)',
  'connection.label.mos': 'Calidad de voz estimada (de 1 a 5)',
  'connection.label.udp': 'UDP (la vía que prefieren las llamadas) funciona',
  'connection.label.lossUntested': 'Prueba de pérdida de datos',
  'connection.label.dns': 'Tiempo para encontrar el servidor de prueba por su nombre',
  'connection.label.connect': 'Tiempo para llegar al servidor de prueba',
  'connection.label.connectProxy': 'Tiempo para llegar al servidor de prueba (a través del proxy)',
  'connection.label.tls': 'Tiempo para establecer la conexión segura',
  'connection.label.ipVersions': 'Protocolo de internet usado',
  'connection.label.proxy': 'A través de un proxy (las cifras describen el camino del proxy)',
  'connection.label.eventLoop': 'Retraso propio de esta computadora durante la prueba (p99)',
  'connection.label.dataUsed': 'Datos usados',
  'connection.value.untestedDns': 'no se hizo: no se encontró el nombre del servidor de la prueba',
  'connection.value.untestedDnsTimeout':
    'no se hizo: el nombre del servidor de la prueba no se pudo buscar a tiempo',
  'connection.value.untestedNoTime': 'no se hizo: no quedó tiempo',
  'connection.value.untestedBrowser':
    'no medida: un navegador no puede enviar las sondas UDP que usa esta prueba',

  // What the progress line says while it measures.
  'connection.progress.latency': 'Midiendo su conexión: retraso',
  'connection.progress.download': 'Midiendo su conexión: velocidad de descarga',
  'connection.progress.upload': 'Midiendo su conexión: velocidad de subida',
  'connection.progress.ookla': 'Midiendo su conexión con Ookla',
  'connection.prompt.ookla':
    '¿Usar la prueba de velocidad de Ookla? La licencia de Ookla solo permite el uso personal, no comercial, y Ookla recibe su dirección. ¿Acepta la licencia y las condiciones de privacidad de Ookla?',

  // Bad input for this check (exit 2).
  'connection.error.maxData':
    '--max-data debe ser de al menos 1MB, para que la revisión tenga datos suficientes para medir la descarga y la subida.',
  'connection.error.ooklaMissing':
    'El motor de Ookla necesita el paquete speedtest-net, que no está instalado: ejecute "npx -p {app} -p speedtest-net {app} --engine ookla", o "npm install speedtest-net" donde esté instalado {app}.',
  'connection.error.ooklaLicence':
    '--engine ookla necesita que usted acepte la licencia de Ookla con --accept-ookla-license (la licencia de Ookla solo permite el uso personal, no comercial).',

  // Titles and progress activities of the checks whose other sentences live in their own sections.
  'connection.title': 'Conexión',
  'connection.activity': 'Midiendo su conexión',
} as const satisfies { readonly [K in keyof typeof english]: string }
