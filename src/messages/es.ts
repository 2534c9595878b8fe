/**
 * Every sentence a person reads, in Spanish (issue 16): neutral Latin-American Spanish that US
 * clients read easily, addressing the reader as "usted" throughout (as HHS's Spanish telehealth
 * pages for patients do, telehealth.hhs.gov/es), at reading grade 8 or below: short sentences,
 * everyday words, one idea per sentence. Calm; never shame or scare; say what to do. Written as a
 * Spanish-speaking clinic would write it, not word for word. The keys and {placeholders} are the
 * English file's (src/messages/en.ts); the type makes a missing key a compile error. Product names
 * (Zoom, Teams, Windows, macOS, AnyDesk) and units (Mbit/s, ms) stay as they are; numbers take a
 * decimal comma (src/messages/format.ts). On-screen labels of Windows and macOS are quoted as the
 * Spanish versions show them.
 *
 * Glossary (use these terms):
 *   session → sesión; therapy session → sesión de terapia; therapist → terapeuta;
 *   telehealth → telesalud; video session → sesión por video;
 *   audio/phone session → sesión por teléfono (solo audio); chat session → sesión por chat;
 *   computer → computadora; Wi-Fi → wifi; password → contraseña; network → red; router → router;
 *   network cable → cable de red; connection → conexión; download speed → velocidad de descarga;
 *   upload speed → velocidad de subida; latency → retraso (latencia); jitter → variación del retraso;
 *   packet loss → pérdida de datos; signal → señal; hotspot → punto de acceso (hotspot) del teléfono;
 *   mobile data → datos móviles; VPN → VPN; app → aplicación; notifications → notificaciones;
 *   Do Not Disturb → No molestar; screen recording → grabación de pantalla;
 *   remote access → acceso remoto; battery → batería; charger → cargador; headphones → audífonos;
 *   microphone → micrófono; camera → cámara; checklist → lista de verificación; report → informe;
 *   meeting link → enlace de la sesión; practice → consultorio; privacy → privacidad;
 *   crisis line → línea de crisis; Ready → Todo listo; check (noun) → revisión;
 *   "run the check again" → "vuelva a ejecutar la revisión" or "vuelva a escribir {command}".
 */
import type { Catalogue } from './catalogue.js'

export const es = {
  // src/checks/run-checks.ts: a check that could not finish.
  'run.error.advice':
    'Vuelva a escribir {command}. Si vuelve a pasar, su sesión puede seguir igual; dígale a su terapeuta qué parte no se pudo revisar.',
  'run.error.timeout': 'Esta revisión tardó más de {seconds} segundos, así que se detuvo.',
  'run.error.timeoutMs': 'Esta revisión tardó más de {milliseconds} milisegundos, así que se detuvo.',
  'run.error.crash': 'Esta revisión se detuvo de forma inesperada, así que esta parte no se pudo revisar.',

  // Lists: "Zoom", "Zoom and Skype", "Zoom, Skype and Teams".
  'list.and': '{rest} y {last}',
  'list.comma': '{first}, {next}',

  // The Wi-Fi check (src/checks/wifi/).
  'wifi.title': 'Wifi',
  'wifi.activity': 'Revisando su wifi',
  'wifi.summary.protected': 'Su wifi está protegido con contraseña ({protection}).',
  'wifi.summary.protectedWeak':
    'Su wifi está protegido con contraseña ({protection}), pero la señal es débil.',
  'wifi.summary.hotspotProtected':
    'Está usando el punto de acceso (hotspot) de su teléfono, que está protegido con contraseña ({protection}).',
  'wifi.summary.hotspotProtectedWeak':
    'Está usando el punto de acceso (hotspot) de su teléfono, que está protegido con contraseña ({protection}), pero la señal es débil.',
  'wifi.summary.enterprise': 'Su wifi usa un inicio de sesión personal (WPA Enterprise), que protege bien.',
  'wifi.summary.enterpriseWeak':
    'Su wifi usa un inicio de sesión personal (WPA Enterprise), que protege bien, pero la señal es débil.',
  'wifi.summary.ethernet': 'Está conectado por cable, que es privado y estable.',
  'wifi.summary.ethernetWeak': 'Está conectado por cable, que es privado y estable, pero la señal es débil.',
  'wifi.summary.phone':
    'Está conectado a internet por su teléfono, con un cable o por Bluetooth, que es privado.',
  'wifi.summary.phoneWeak':
    'Está conectado a internet por su teléfono, con un cable o por Bluetooth, que es privado, pero la señal es débil.',
  'wifi.summary.cellular': 'Está conectado con datos móviles, que van cifrados.',
  'wifi.summary.cellularWeak': 'Está conectado con datos móviles, que van cifrados, pero la señal es débil.',
  'wifi.summary.vpnToo': 'También tiene una VPN encendida.',
  'wifi.summary.vpnTooWeak': 'También tiene una VPN encendida, pero la señal es débil.',
  'wifi.summary.wpa': 'Esta red wifi usa una protección antigua (WPA) que se puede romper.',
  'wifi.summary.hotspotWpa':
    'El punto de acceso (hotspot) de su teléfono usa una protección antigua (WPA) que se puede romper.',
  'wifi.summary.owe':
    'Esta red wifi está cifrada, pero cualquier persona cerca puede conectarse sin contraseña.',
  'wifi.summary.hotspotOwe':
    'El punto de acceso (hotspot) de su teléfono está cifrado, pero cualquier persona cerca puede conectarse sin contraseña.',
  'wifi.summary.open':
    'Esta red wifi no tiene contraseña, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.hotspotOpen':
    'El punto de acceso (hotspot) de su teléfono no tiene contraseña, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.openVpn':
    'Esta red wifi no tiene contraseña, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.hotspotOpenVpn':
    'El punto de acceso (hotspot) de su teléfono no tiene contraseña, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.wep':
    'Esta red wifi usa WEP, una protección antigua y fácil de romper, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.hotspotWep':
    'El punto de acceso (hotspot) de su teléfono usa WEP, una protección antigua y fácil de romper, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.wepVpn':
    'Esta red wifi usa WEP, una protección antigua y fácil de romper, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.hotspotWepVpn':
    'El punto de acceso (hotspot) de su teléfono usa WEP, una protección antigua y fácil de romper, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.radioOff': 'El wifi está apagado y esta computadora no tiene otra conexión.',
  'wifi.summary.noWifiHardware': 'Esta computadora no tiene wifi y no está conectada a una red.',
  'wifi.summary.notConnected': 'Esta computadora no está conectada a una red en este momento.',
  'wifi.summary.linkUnknown': 'No pudimos saber cómo se conecta esta computadora a internet.',
  'wifi.summary.windowsLocationOff':
    'Windows no nos dejó ver cómo está protegido su wifi, porque el acceso a la ubicación está apagado para las aplicaciones de escritorio.',
  'wifi.summary.macosUnreadable': 'macOS no nos dijo cómo está protegido su wifi.',
  'wifi.summary.linuxNoTools':
    'No pudimos ver cómo está protegido su wifi, porque este sistema Linux no tiene NetworkManager (nmcli) ni la herramienta iw.',
  'wifi.summary.linuxNotReadable': 'No pudimos ver cómo está protegido su wifi en este sistema Linux.',
  'wifi.summary.unrecognised': 'Su computadora indicó un tipo de protección de wifi que no conocemos.',

  'wifi.step.joinProtected': 'Conéctese a una red wifi que pida contraseña, como la red de su casa.',
  'wifi.step.phoneHotspot': 'O use el punto de acceso (hotspot) de su teléfono, con una contraseña puesta.',
  'wifi.step.phoneHotspotFirst':
    'Use el punto de acceso (hotspot) de su teléfono, con una contraseña puesta.',
  'wifi.step.cable': 'O conecte un cable de red, si su computadora tiene dónde conectarlo.',
  'wifi.step.cableFirst': 'Conecte un cable de red, si su computadora tiene dónde conectarlo.',
  'wifi.step.clinicVpn': 'Si su clínica le recomienda una VPN, enciéndala antes de la sesión.',
  'wifi.step.keepVpn': 'Deje su VPN encendida durante toda la sesión.',
  'wifi.step.hotspotPassword':
    'Ponga una contraseña al punto de acceso (hotspot) en la configuración del teléfono y vuelva a conectarse.',
  'wifi.step.routerUpgrade':
    'Para arreglarlo del todo, configure su router con WPA2 o WPA3; el manual del router o su proveedor de internet le pueden ayudar.',
  'wifi.step.joinProtectedLater': 'Cuando pueda, conéctese mejor a una red que pida contraseña.',
  'wifi.step.moveCloser': 'Acérquese al router, o use un cable, para que la llamada se oiga y se vea bien.',
  'wifi.step.weakSignal':
    'La señal de su wifi es débil: acérquese al router, o use un cable, para que el chat no se corte.',
  'wifi.step.weakSignalToo':
    'Además, la señal de su wifi es débil: acérquese al router, o use un cable, para que la llamada se oiga y se vea bien.',
  'wifi.step.runAgain': 'Después, vuelva a escribir {command}.',
  'wifi.step.turnWifiOn': 'Encienda el wifi y conéctese a la red de su casa, o conecte un cable de red.',
  'wifi.step.cableOrUsbHotspot':
    'Conecte un cable de red, o conecte su teléfono con un cable USB y encienda su punto de acceso (hotspot).',
  'wifi.step.joinHome': 'Conéctese al wifi de su casa o conecte un cable de red.',
  'wifi.step.checkPasswordOrCable':
    'Si usa wifi, recuerde si le pidió contraseña la primera vez que se conectó; si no se la pidió, use un cable o una red con contraseña.',
  'wifi.step.askedForPassword':
    'Si su wifi le pidió contraseña la primera vez que se conectó, está protegido.',
  'wifi.step.otherwiseSwitch': 'Si no se la pidió, conéctese a una red que pida contraseña, o use un cable.',
  'wifi.step.windowsLocation':
    'Para que {app} lo pueda ver: abra Configuración › Privacidad y seguridad › Ubicación, active "Servicios de ubicación" y "Permitir que las aplicaciones de escritorio accedan a tu ubicación" (así lo dice Windows), y vuelva a escribir {command}. (Para abrir esa página rápido, presione la tecla de Windows y la R a la vez, escriba ms-settings:privacy-location y presione Enter.)',
  'wifi.step.windowsCheckYourself':
    'O revíselo usted: abra Configuración › Red e Internet › Wi-Fi › las propiedades de su red y mire "Tipo de seguridad". WPA2 o WPA3 está bien; "Abierta" o "WEP" quiere decir que es mejor cambiar a una red con contraseña.',
  'wifi.step.macosCheckYourself':
    'Revíselo usted: mantenga presionada la tecla Opción y haga clic en el ícono de wifi en la barra de menús. Junto a "Seguridad", WPA2 o WPA3 está bien; "Ninguna" o "WEP" quiere decir que es mejor cambiar a una red con contraseña.',
  'wifi.step.macosLocation':
    'Si macOS le pregunta si su aplicación de terminal puede usar la Localización, permitirlo deja que macOS comparta los datos del wifi. {app} nunca usa su ubicación.',
  'wifi.step.installIw':
    'Para que {app} lo pueda ver, instale el paquete iw (por ejemplo: sudo apt install iw) y vuelva a escribir {command}.',
  'wifi.step.runAgainLater':
    'Vuelva a escribir {command} en un minuto: los datos del wifi suelen aparecer después de la siguiente búsqueda de redes.',

  'wifi.label.connection': 'Conexión',
  'wifi.label.security': 'Seguridad del wifi',
  'wifi.label.vpn': 'VPN encendida',
  'wifi.label.signal': 'Señal',
  'wifi.label.band': 'Banda',
  'wifi.grade.open': 'Abierta (sin contraseña)',
  'wifi.grade.owe': 'Abierta mejorada (sin contraseña)',
  'wifi.grade.wep': 'WEP (antigua)',
  'wifi.grade.wpa': 'WPA (antigua)',
  'wifi.grade.wpa2-personal': 'WPA2 (con contraseña)',
  'wifi.grade.wpa3-personal': 'WPA3 (con contraseña)',
  'wifi.grade.enterprise': 'WPA Enterprise (inicio de sesión personal)',
  'wifi.grade.unknown': 'Desconocida',
  'wifi.link.wifi': 'Wifi',
  'wifi.link.ethernet': 'Cable (Ethernet)',
  'wifi.link.phone': 'Teléfono (cable o Bluetooth)',
  'wifi.link.cellular': 'Datos móviles',
  'wifi.link.none': 'Sin conexión',
  'wifi.link.unknown': 'Desconocida',

  // The apps check, "This computer" (src/checks/apps/).
  'apps.title': 'Esta computadora',
  'apps.activity': 'Revisando las aplicaciones de esta computadora',
  'apps.forAnotherUser': '{name} (de otro usuario de esta computadora)',
  'apps.clause.remote': '{names} está abierto y permite que alguien se conecte a esta computadora',
  'apps.clause.remoteMany': '{names} están abiertos y permiten que alguien se conecte a esta computadora',
  'apps.clause.recorders': '{names} puede grabar la pantalla',
  'apps.clause.chats': '{names} está abierto y puede mostrar avisos de mensajes',
  'apps.clause.chatsMany': '{names} están abiertos y pueden mostrar avisos de mensajes',
  'apps.clause.battery': 'la batería está al {percent}% y no se está cargando',
  'apps.summary.remote': '{names} está abierto y permite que alguien se conecte a esta computadora.',
  'apps.summary.remoteMany': '{names} están abiertos y permiten que alguien se conecte a esta computadora.',
  'apps.summary.recorders': '{names} puede grabar la pantalla.',
  'apps.summary.chats': '{names} está abierto y puede mostrar avisos de mensajes.',
  'apps.summary.chatsMany': '{names} están abiertos y pueden mostrar avisos de mensajes.',
  'apps.summary.battery': 'La batería está al {percent}% y no se está cargando.',
  'apps.summary.several': 'Conviene revisar algunas cosas en esta computadora antes de la sesión: {clauses}.',
  'apps.summary.clauseSeparator': '{first}; {next}',
  'apps.summary.liveSession':
    '{names} muestra una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo.',
  'apps.summary.liveSessionMany':
    '{names} muestran una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo.',
  'apps.summary.liveSessionAndMore':
    '{names} muestra una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo; también conviene revisar algunas cosas más abajo.',
  'apps.summary.liveSessionManyAndMore':
    '{names} muestran una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo; también conviene revisar algunas cosas más abajo.',
  'apps.summary.callOpen':
    'No hay aplicaciones de chat, de acceso remoto ni de grabación que revisar; {names} está abierto, y eso está bien si lo usa para la sesión.',
  'apps.summary.callsOpen':
    'No hay aplicaciones de chat, de acceso remoto ni de grabación que revisar; {names} están abiertos, y eso está bien si usa una de ellas para la sesión.',
  'apps.summary.clear': 'No hay aplicaciones de chat, de acceso remoto ni de grabación de pantalla abiertas.',
  'apps.summary.unreadable':
    'No se pudo leer la lista de aplicaciones abiertas, así que esta parte no se revisó.',
  'apps.step.endSession':
    'Si usted no inició esta conexión de {name}, ciérrela en {name} (o reinicie la computadora) antes de la sesión, y avísele a su terapeuta.',
  'apps.step.charge': 'Conecte el cargador antes de la sesión, para que la llamada no se corte a la mitad.',
  'apps.step.quitYourself':
    'Antes de la sesión, cierre usted mismo las aplicaciones de chat y las de acceso remoto o grabación de pantalla.',
  'apps.step.focusMac':
    'Active un modo de Concentración como No molestar (Centro de control > Concentración) durante la sesión, para que no aparezcan mensajes, sobre todo si comparte su pantalla.',
  'apps.step.focusWindows':
    'Active No molestar (Configuración > Sistema > Notificaciones) durante la sesión, para que no aparezcan mensajes, sobre todo si comparte su pantalla.',
  'apps.step.focusLinux':
    'Active No molestar en la configuración de notificaciones de su escritorio durante la sesión, para que no aparezcan mensajes, sobre todo si comparte su pantalla.',
  'apps.label.processesListed': 'Programas revisados',
  'apps.label.appsFound': 'Aplicaciones y herramientas reconocidas',
  'apps.label.doNotDisturb': 'No molestar',
  'apps.value.couldNotTell': 'no se pudo saber',
  'apps.label.battery': 'Batería',

  // The privacy checklist (src/checks/checklist/).
  'checklist.title': 'Lista de verificación',
  'checklist.activity': 'Lista de verificación de privacidad',
  'checklist.intro':
    'Aquí tiene una pregunta rápida de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.introMany':
    'Aquí tiene {count} preguntas rápidas de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.introPractice':
    '{practice} le hace una pregunta rápida de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.introPracticeMany':
    '{practice} le hace {count} preguntas rápidas de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.question': '({asked} de {total}) {question}',
  'checklist.notAnswered': 'Escriba {command} en una terminal para responder la lista de verificación.',
  'checklist.step.answersFile':
    'También puede responder la lista de verificación desde un archivo con --answers (vea el README).',
  'checklist.noQuestions.video': 'Esta lista de verificación no tiene preguntas para una sesión por video.',
  'checklist.noQuestions.audio':
    'Esta lista de verificación no tiene preguntas para una sesión por teléfono (solo audio).',
  'checklist.noQuestions.text': 'Esta lista de verificación no tiene preguntas para una sesión por chat.',
  'checklist.check.wifi': 'la revisión del wifi',
  'checklist.check.connection': 'la revisión de la conexión',
  'checklist.check.apps': 'la revisión de las aplicaciones',
  'checklist.check.devices': 'la revisión de la cámara y el micrófono',
  'checklist.check.other': 'otra revisión',
  'checklist.value.answeredBy': 'respondida por {check}',
  'checklist.value.notAnswered': 'sin responder',
  // The summary is one sentence built from these parts: {answered}, then what needs doing.
  'checklist.answered.all': 'Ya respondió {questions}{covered}',
  'checklist.answered.some': 'Respondió {questions}{covered}',
  'checklist.questions': '1 pregunta',
  'checklist.questionsMany': '{count} preguntas',
  'checklist.covered': ' ({check} respondió una más)',
  'checklist.coveredMany': ' ({check} respondió {count} más)',
  'checklist.skipped': '; 1 pregunta opcional quedó sin responder',
  'checklist.skippedMany': '; {count} preguntas opcionales quedaron sin responder',
  'checklist.alsoWorthALook': ', y conviene revisar {count} más',
  'checklist.alsoWorthALookMany': ', y conviene revisar {count} más',
  'checklist.summary.fail':
    '{answered}; hay 1 respuesta que resolver antes de que empiece su sesión{also}{skipped}.',
  'checklist.summary.failMany':
    '{answered}; hay {count} respuestas que resolver antes de que empiece su sesión{also}{skipped}.',
  'checklist.summary.warn': '{answered}; conviene revisar 1 respuesta antes de su sesión{skipped}.',
  'checklist.summary.warnMany':
    '{answered}; conviene revisar {count} respuestas antes de su sesión{skipped}.',
  'checklist.summary.passSkipped': '{answered}, y todo lo que respondió está en orden{skipped}.',
  'checklist.summary.pass': '{answered}, y todo está en orden.',

  // ── The connection check (src/checks/connection/): feat/catalogue-checks adds its keys here.
  // Steps, in the order they are shown (src/checks/connection/wording.ts picks which go with which figure).
  'connection.step.busy':
    'Esta computadora estaba ocupada durante la prueba, así que las cifras de tiempo pueden verse peores de lo que es su conexión. Cierre los programas que estén trabajando mucho (descargas grandes, juegos, exportación de videos) y vuelva a ejecutar la revisión.',
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
  // The kind of session, inside a sentence: "Your connection looks good for {session}".
  'connection.session.video': 'una sesión por video',
  'connection.session.audio': 'una sesión de solo audio',
  'connection.session.text': 'una sesión por chat',
  'connection.summary.pass': 'Su conexión está bien para {session}: {figures}.',
  'connection.summary.passNoFigures': 'Su conexión está bien para {session}.',
  'connection.summary.warn': 'Su conexión debería funcionar para {session}, pero {problems}.',
  'connection.summary.fail': 'Su conexión todavía no está lista para {session}: {problems}.',
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
  'connection.label.dns': 'Búsqueda del nombre',
  'connection.label.connect': 'Conexión',
  'connection.label.connectProxy': 'Conexión (a través del proxy)',
  'connection.label.tls': 'Conexión segura (TLS)',
  'connection.label.ipVersions': 'Protocolo de internet usado',
  'connection.label.proxy': 'A través de un proxy (las cifras describen el camino del proxy)',
  'connection.label.eventLoop': 'Retraso propio de esta computadora durante la prueba (p99)',
  'connection.label.dataUsed': 'Datos usados',
  'connection.value.untestedDns': 'no se hizo: no se encontró el nombre del servidor de la prueba',
  'connection.value.untestedDnsTimeout':
    'no se hizo: el nombre del servidor de la prueba no se pudo buscar a tiempo',
  'connection.value.untestedNoTime': 'no se hizo: no quedó tiempo',
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
  // ── end of the connection check.

  // ── The meeting-link check (src/checks/link/): feat/catalogue-checks adds its keys here.
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
  'link.value.certificate.certificate-invalid': 'no es válido para este nombre',
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
  // ── end of the meeting-link check.

  // ── The devices check (src/checks/devices/): feat/catalogue-checks adds its keys here.
  // One summary per finding (src/checks/devices/wording.ts says which steps go with it). No app or device name ever appears.
  'devices.summary.camera.none':
    'No encontramos una cámara en esta computadora, así que su terapeuta no podrá verle.',
  'devices.summary.microphone.none':
    'No encontramos un micrófono en esta computadora, así que su terapeuta no podrá oírle.',
  'devices.summary.camera.blocked.windows-device':
    'La cámara está desactivada para todas las personas de esta computadora en la configuración de privacidad de Windows, así que ninguna aplicación puede usarla.',
  'devices.summary.camera.blocked.windows-all-apps':
    'La configuración de privacidad de Windows no deja que ninguna aplicación use su cámara, así que su aplicación de video no podrá mostrarle.',
  'devices.summary.camera.blocked.windows-desktop-apps':
    'La configuración de privacidad de Windows no deja que las aplicaciones de escritorio, como su navegador web y Zoom, usen su cámara.',
  'devices.summary.camera.blocked.windows-device-disabled':
    'Su cámara está desactivada en Windows, así que ninguna aplicación puede usarla.',
  'devices.summary.camera.blocked.linux-permission':
    'Su cuenta de usuario no tiene permiso para usar la cámara en esta computadora.',
  'devices.summary.camera.blocked.linux-gnome-privacy':
    'La cámara está desactivada en la configuración de privacidad de su escritorio, así que las aplicaciones que la piden (como los navegadores instalados con Flatpak o Snap) no pueden usarla.',
  'devices.summary.microphone.blocked.windows-device':
    'El micrófono está desactivado para todas las personas de esta computadora en la configuración de privacidad de Windows, así que ninguna aplicación puede usarlo.',
  'devices.summary.microphone.blocked.windows-all-apps':
    'La configuración de privacidad de Windows no deja que ninguna aplicación use su micrófono, así que su terapeuta no podrá oírle.',
  'devices.summary.microphone.blocked.windows-desktop-apps':
    'La configuración de privacidad de Windows no deja que las aplicaciones de escritorio, como su navegador web y Zoom, usen su micrófono.',
  'devices.summary.microphone.blocked.windows-endpoint-disabled':
    'Su micrófono está desactivado en la configuración de sonido de Windows, así que ninguna aplicación puede usarlo.',
  'devices.summary.microphone.blocked.linux-gnome-privacy':
    'El micrófono está desactivado en la configuración de privacidad de su escritorio, así que las aplicaciones que lo piden (como los navegadores instalados con Flatpak o Snap) no pueden usarlo.',
  'devices.summary.camera.in-use':
    'Otra aplicación está usando su cámara ahora mismo, y una cámara suele funcionar con una sola aplicación a la vez.',
  'devices.summary.microphone.in-use': 'Otra aplicación está usando su micrófono ahora mismo.',
  'devices.summary.microphone.muted.linux': 'Su micrófono está silenciado, así que su terapeuta no le oirá.',
  'devices.summary.microphone.muted.darwin':
    'El volumen de entrada de su micrófono está en cero, así que su terapeuta no le oirá.',
  'devices.summary.microphone.low.linux':
    'El volumen de su micrófono está muy bajo, así que puede que su terapeuta casi no le oiga.',
  'devices.summary.microphone.low.darwin':
    'El volumen de entrada de su micrófono está muy bajo, así que puede que su terapeuta casi no le oiga.',
  'devices.summary.camera.unknown': 'No pudimos revisar su cámara en esta computadora.',
  'devices.summary.microphone.unknown': 'No pudimos revisar su micrófono en esta computadora.',
  'devices.summary.readyVideo': 'Encontramos su cámara y su micrófono, y no vemos nada que los bloquee.',
  'devices.summary.readyAudio': 'Encontramos su micrófono, y no vemos nada que lo bloquee.',
  'devices.summary.textSession':
    'Una sesión por chat no necesita la cámara ni el micrófono, así que no los revisamos.',
  'devices.step.runAgain': 'Luego vuelva a escribir {command}.',
  'devices.step.audioInstead':
    'Si no puede arreglarlo a tiempo, pregunte a su terapeuta si puede tener una sesión por teléfono (solo audio).',
  'devices.step.plugInWebcam':
    'Si usa una cámara web aparte, conéctela ahora, espere unos segundos y vuelva a ejecutar la revisión.',
  'devices.step.phoneOrTablet': 'O únase a la sesión desde un teléfono o una tableta, que ya traen cámara.',
  'devices.step.plugInHeadset':
    'Conecte unos audífonos con micrófono, o conecte sus audífonos Bluetooth, y vuelva a ejecutar la revisión.',
  'devices.step.phone': 'O únase a la sesión desde un teléfono, que ya trae micrófono.',
  'devices.step.greyedOut':
    'Si el interruptor aparece en gris, su organización administra esta computadora: pida ayuda a su equipo de informática, o use otro dispositivo para la sesión.',
  'devices.step.windowsCameraAccess':
    'Abra Configuración › Privacidad y seguridad › Cámara y active "Acceso a la cámara". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-webcam y presione Enter.)',
  'devices.step.windowsCameraApps':
    'Abra Configuración › Privacidad y seguridad › Cámara y active "Permitir que las aplicaciones accedan a la cámara" y "Permitir que las aplicaciones de escritorio accedan a la cámara". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-webcam y presione Enter.)',
  'devices.step.windowsCameraDesktopApps':
    'Abra Configuración › Privacidad y seguridad › Cámara y active "Permitir que las aplicaciones de escritorio accedan a la cámara". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-webcam y presione Enter.)',
  'devices.step.windowsCameraEnable':
    'Abra Configuración › Bluetooth y dispositivos › Cámaras, elija su cámara y seleccione "Habilitar". (En Windows 10: haga clic derecho en el botón Inicio, abra el Administrador de dispositivos, busque su cámara en Cámaras, haga clic derecho en ella y elija "Habilitar dispositivo".)',
  'devices.step.linuxLogInAgain':
    'Cierre la sesión de su cuenta y vuelva a entrar en la misma computadora (no por una conexión remota); así casi siempre puede usar la cámara.',
  'devices.step.linuxVideoGroup':
    'Si aún no funciona, pida a quien cuida esta computadora que le agregue al grupo "video" (sudo usermod -aG video SU-NOMBRE-DE-USUARIO). Luego cierre la sesión de su cuenta y vuelva a entrar.',
  'devices.step.linuxCameraPrivacy': 'Abra Configuración › Privacidad › Cámara y active "Cámara".',
  'devices.step.windowsMicrophoneAccess':
    'Abra Configuración › Privacidad y seguridad › Micrófono y active "Acceso al micrófono". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-microphone y presione Enter.)',
  'devices.step.windowsMicrophoneApps':
    'Abra Configuración › Privacidad y seguridad › Micrófono y active "Permitir que las aplicaciones accedan al micrófono" y "Permitir que las aplicaciones de escritorio accedan al micrófono". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-microphone y presione Enter.)',
  'devices.step.windowsMicrophoneDesktopApps':
    'Abra Configuración › Privacidad y seguridad › Micrófono y active "Permitir que las aplicaciones de escritorio accedan al micrófono". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-microphone y presione Enter.)',
  'devices.step.windowsMicrophoneEnable':
    'Abra Configuración › Sistema › Sonido, elija su micrófono en "Entrada" y seleccione "Permitir". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:sound y presione Enter.)',
  'devices.step.linuxMicrophonePrivacy': 'Abra Configuración › Privacidad › Micrófono y active "Micrófono".',
  'devices.step.closeCameraApp':
    'Cierre la otra aplicación antes de la sesión, a menos que sea la aplicación que va a usar para la sesión. ({command} --verbose muestra qué aplicación es.)',
  'devices.step.closeMicrophoneApp':
    'Cierre la otra aplicación antes de la sesión, a menos que sea la aplicación que va a usar para la sesión, para que no pueda tomar ni oír su sonido. ({command} --verbose muestra qué aplicación es.)',
  'devices.step.linuxUnmute':
    'Abra Configuración › Sonido, busque "Entrada" y active el micrófono (o presione la tecla del micrófono en su teclado, si tiene una).',
  'devices.step.macosInputVolume':
    'Abra Ajustes del Sistema › Sonido › Entrada, elija su micrófono y suba "Volumen de entrada" por lo menos hasta la mitad.',
  'devices.step.linuxInputVolume':
    'Abra Configuración › Sonido, busque "Entrada" y suba el volumen del micrófono por lo menos hasta la mitad.',
  'devices.step.testCamera':
    'Antes de la sesión, abra la configuración de su aplicación de video y revise que ahí se vea su imagen.',
  'devices.step.testMicrophone':
    'Antes de la sesión, abra la configuración de su aplicación de video y revise que el nivel del micrófono se mueva cuando usted habla.',
  // Tips for what this check cannot see; added once, at the end.
  'devices.step.cameraCover':
    'No podemos ver si la cámara está tapada, si un interruptor de privacidad la apaga o si la computadora portátil está cerrada. Si es así, destape la cámara, encienda el interruptor o abra la computadora antes de la sesión.',
  'devices.step.macosPrivacy':
    'Si su aplicación de video dice que no puede usar la cámara o el micrófono, actívelos para esa aplicación en Ajustes del Sistema › Privacidad y seguridad › Cámara (y › Micrófono). {app} no puede leer esa lista sin pedir permisos adicionales.',
  'devices.label.cameraFound': 'Cámara encontrada',
  'devices.label.microphoneFound': 'Micrófono encontrado',
  'devices.label.cameraAllowed': 'Cámara permitida',
  'devices.label.microphoneAllowed': 'Micrófono permitido',
  'devices.label.cameraInUse': 'Cámara en uso por otra aplicación',
  'devices.label.microphoneInUse': 'Micrófono en uso por otra aplicación',
  'devices.label.microphoneMuted': 'Micrófono silenciado',
  'devices.label.microphoneVolume': 'Volumen del micrófono',
  // ── end of the devices check.

  // ── Check titles and progress activities, the header and the progress line: feat/lang adds its keys here.
  // The languages by their own names, for `--lang`'s error ("es (español)").
  'language.name': 'español',
  'language.choice': '{code} ({name})',
  'language.unsupported': '--lang acepta uno de estos idiomas: {languages}; usted escribió "{value}".',
  // Titles and progress activities of the checks whose other sentences live in their own sections.
  'connection.title': 'Conexión',
  'connection.activity': 'Midiendo su conexión',
  'devices.title': 'Cámara y micrófono',
  'devices.activity': 'Revisando su cámara y su micrófono',
  'link.title': 'Enlace de la sesión',
  'link.activity': 'Revisando el enlace de la sesión',
  // The live progress line on stderr: what is running, and the seconds so far.
  'progress.line': '{activities} … {seconds} s',
  'progress.finishing': 'Terminando',
  // ── end of titles and progress.

  // ── The crisis line, the prompts and the practice checklist's languages: feat/lang adds its keys here.
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
  // A yes/no question in the terminal: the hint after it, the words it accepts, the answer it shows.
  'prompt.hintYes': 'S/n',
  'prompt.hintNo': 's/N',
  'prompt.yesWords': 's, sí, si, y, yes',
  'prompt.noWords': 'n, no',
  'prompt.yes': 'Sí',
  'prompt.no': 'No',
  // The built-in checklist (src/checks/checklist/default-questions.ts holds the sources).
  'checklist.q.private-space.text': '¿Está en un lugar privado, donde nadie pueda oírle ni ver su pantalla?',
  'checklist.q.private-space.why':
    'Lo que comparte en terapia solo es privado si nadie más lo puede oír o leer.',
  'checklist.q.private-space.fix':
    'Busque un cuarto donde pueda cerrar la puerta, o dígaselo a su terapeuta al empezar para decidir juntos qué hacer.',
  'checklist.q.safe-not-driving.text':
    '¿Está en un lugar seguro, y no manejando? (Un carro estacionado está bien.)',
  'checklist.q.safe-not-driving.why':
    'Una sesión necesita toda su atención, y hablar de cosas difíciles mientras maneja no es seguro.',
  'checklist.q.safe-not-driving.fix':
    'Deténgase en un lugar seguro antes de que empiece la sesión, o avísele a su terapeuta que necesita unos minutos más.',
  'checklist.q.know-location.text':
    '¿Sabe la dirección del lugar donde está ahora, por si hay una emergencia?',
  'checklist.q.know-location.why':
    'Si hay una emergencia durante una sesión, su terapeuta necesita saber adónde mandar ayuda; usted se la dice, esta herramienta nunca la pide.',
  'checklist.q.know-location.fix':
    'Antes de la sesión, busque la dirección de donde está (por ejemplo, en una aplicación de mapas) para decírsela a su terapeuta si se la pide.',
  'checklist.q.headphones.text': '¿Va a usar audífonos?',
  'checklist.q.headphones.why': 'Con audífonos, nadie cerca puede oír la voz de su terapeuta.',
  'checklist.q.headphones.fix': 'Si tiene audífonos, conéctelos ahora; si no, mantenga el volumen bajo.',
  'checklist.q.callback-number.text':
    '¿Tiene su terapeuta un número de teléfono para llamarle si se corta la conexión?',
  'checklist.q.callback-number.why':
    'Si se corta la conexión, con un número de teléfono su terapeuta le puede llamar rápido y usted no se queda esperando.',
  'checklist.q.callback-number.fix':
    'Asegúrese de que su terapeuta tenga su número de teléfono actual; se lo puede dar al empezar la sesión.',
  'checklist.q.backup-plan.text': '¿Sabe qué van a hacer usted y su terapeuta si se corta la llamada?',
  'checklist.q.backup-plan.why':
    'Saber el plan, por ejemplo quién llama a quién, hace que una llamada cortada sea mucho menos estresante.',
  'checklist.q.backup-plan.fix':
    'Pregúntele a su terapeuta al empezar qué hacer si se corta la llamada, por ejemplo quién vuelve a llamar.',
  'checklist.q.own-device.text':
    '¿Está usando su propio aparato, y no una computadora del trabajo, compartida o pública?',
  'checklist.q.own-device.why':
    'En una computadora compartida o del trabajo, otras personas o su empleador podrían ver sus mensajes.',
  'checklist.q.own-device.fix':
    'Use su propio teléfono o computadora si puede; si no, cierre la sesión y cierre el chat al terminar.',
  'checklist.q.devices-silenced.text':
    '¿Están silenciadas las notificaciones y apagados los otros aparatos, para que nada suene ni aparezca durante la sesión?',
  'checklist.q.devices-silenced.why':
    'Las llamadas y los avisos de mensajes le interrumpen, y pueden mostrar mensajes privados si comparte su pantalla.',
  'checklist.q.devices-silenced.fix':
    'Active No molestar (se llama Concentración en una Mac o un iPhone) y silencie o apague los otros aparatos.',
  'checklist.q.smart-speakers.text':
    '¿Están apagados o fuera del cuarto los altavoces inteligentes, los asistentes de voz y las cámaras de la casa?',
  'checklist.q.smart-speakers.why':
    'Los aparatos que esperan una palabra para activarse, y las cámaras de la casa, pueden oír o grabar partes de una sesión.',
  'checklist.q.smart-speakers.fix':
    'Silencie o desconecte los altavoces inteligentes y los asistentes de voz, y apague o tape las cámaras de la casa que estén en el cuarto.',
  'checklist.q.secure-network.text': '¿Está en su propia red con contraseña, y no en un wifi público?',
  'checklist.q.secure-network.why':
    'Las redes abiertas y públicas son menos privadas, y muchas veces menos estables, que la suya.',
  'checklist.q.secure-network.fix':
    'Use la red de su casa o el punto de acceso (hotspot) de su teléfono en lugar de un wifi público.',
  'checklist.q.microphone-ready.text': '¿Funciona su micrófono, sin que otra aplicación lo esté usando?',
  'checklist.q.microphone-ready.why':
    'En una sesión por teléfono (solo audio) su voz lo es todo: si el micrófono está silenciado, bloqueado u ocupado, su terapeuta no le puede oír.',
  'checklist.q.microphone-ready.fix':
    'Antes de la sesión, abra la configuración de su aplicación de llamadas, hable y vea si se mueve el nivel del micrófono; cierre otras aplicaciones que usen el micrófono.',
  // Where a problem is, in a text given by language (checklist files).
  'checklist.field.translation': 'el texto en "{language}" de {field}',
  'checklist.field.translationSubject': 'El texto en "{language}" de {field}',
  // An answer as the report shows it beside its question (details.answers keeps yes/no for JSON readers).
  'checklist.value.yes': 'sí',
  'checklist.value.no': 'no',
  // `checklist validate`: a practice checklist with translations that leave a language out.
  'checklist.languages.listed': '  Idiomas: {languages}',
  'checklist.languages.missing':
    '  Nota: {field} no tiene texto en "{language}", aunque otras partes del archivo sí; quien lea ese idioma verá ahí el texto en "{fallback}".',
  // Each app's own words (src/checks/apps/catalogue.ts keeps the English and its sources; a test keeps them equal).
  // IT-support (RMM) tools share the `rmm` pair. An app's advice is its why, then what to do.
  'apps.app.advice': '{why} {whatToDo}',
  'apps.app.teamviewer.why':
    'TeamViewer permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.teamviewer.whatToDo':
    'Si hoy no necesita TeamViewer, ciérrelo antes de la sesión y desactive la opción de que se abra al encender la computadora.',
  'apps.app.anydesk.why':
    'AnyDesk permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.anydesk.whatToDo':
    'Si hoy no necesita AnyDesk, ciérrelo antes de la sesión; si nunca lo usa, lo puede desinstalar.',
  'apps.app.rustdesk.why':
    'RustDesk permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.rustdesk.whatToDo':
    'Si hoy no necesita RustDesk, ciérrelo antes de la sesión; si nunca lo usa, lo puede desinstalar.',
  'apps.app.chrome-remote-desktop.why':
    'Chrome Remote Desktop permite que alguien entre a esta computadora desde otro aparato.',
  'apps.app.chrome-remote-desktop.whatToDo':
    'Si hoy no necesita acceso remoto, desactívelo en remotedesktop.google.com antes de la sesión.',
  'apps.app.quick-assist.why':
    'Quick Assist (Asistencia rápida) permite que otra persona vea o controle esta computadora para ayudarle.',
  'apps.app.quick-assist.whatToDo':
    'Cierre Quick Assist antes de la sesión, a menos que lo esté usando ahora mismo con alguien de confianza.',
  'apps.app.apple-screen-sharing.why':
    'Compartir pantalla y Gestión remota permiten que alguien vea y controle esta Mac desde otra computadora.',
  'apps.app.apple-screen-sharing.whatToDo':
    'Si no lo necesita, desactive Compartir pantalla y Gestión remota en Ajustes del Sistema > General > Compartir.',
  'apps.app.vnc.why': 'Un servidor VNC permite que alguien vea y controle esta computadora por la red.',
  'apps.app.vnc.whatToDo': 'Si hoy no necesita acceso remoto, detenga el servidor VNC antes de la sesión.',
  'apps.app.parsec.why':
    'Parsec permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.parsec.whatToDo': 'Si hoy no necesita Parsec, ciérrelo antes de la sesión.',
  'apps.app.rmm.why':
    'Las herramientas de soporte técnico como esta permiten que una organización vea y controle la computadora.',
  'apps.app.rmm.whatToDo':
    'Si esta es una computadora del trabajo o de la escuela, su organización puede usarla para cuidar la computadora; un aparato personal es más privado para la sesión. Si usted no la instaló, pregunte a quien se encarga de esta computadora.',
  'apps.app.obs.why': 'OBS Studio puede grabar o transmitir todo lo que hay en la pantalla y el micrófono.',
  'apps.app.obs.whatToDo': 'Si no está grabando a propósito, cierre OBS Studio antes de la sesión.',
  'apps.app.sharex.why': 'ShareX puede grabar la pantalla y subir lo que captura.',
  'apps.app.sharex.whatToDo': 'Si no está grabando a propósito, cierre ShareX antes de la sesión.',
  'apps.app.loom.why': 'Loom puede grabar la pantalla, la cámara y el micrófono.',
  'apps.app.loom.whatToDo': 'Si no está grabando a propósito, cierre Loom antes de la sesión.',
  'apps.app.bandicam.why': 'Bandicam puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.bandicam.whatToDo': 'Si no está grabando a propósito, cierre Bandicam antes de la sesión.',
  'apps.app.camtasia.why': 'Camtasia Recorder puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.camtasia.whatToDo':
    'Si no está grabando a propósito, cierre Camtasia Recorder antes de la sesión.',
  'apps.app.simplescreenrecorder.why':
    'SimpleScreenRecorder puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.simplescreenrecorder.whatToDo':
    'Si no está grabando a propósito, cierre SimpleScreenRecorder antes de la sesión.',
  'apps.app.kazam.why': 'Kazam puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.kazam.whatToDo': 'Si no está grabando a propósito, cierre Kazam antes de la sesión.',
  'apps.app.peek.why': 'Peek puede grabar la pantalla.',
  'apps.app.peek.whatToDo': 'Si no está grabando a propósito, cierre Peek antes de la sesión.',
  'apps.app.whatsapp.why':
    'WhatsApp puede mostrar avisos de mensajes en la pantalla, y puede subir la libreta de contactos de su teléfono.',
  'apps.app.whatsapp.whatToDo':
    'Cierre WhatsApp antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Subir los contactos es opcional: puede quitarle a WhatsApp el acceso a sus contactos en la configuración de su teléfono.',
  'apps.app.telegram.why':
    'Telegram puede mostrar avisos de mensajes en la pantalla, y puede sincronizar los contactos de su teléfono.',
  'apps.app.telegram.whatToDo':
    'Cierre Telegram antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Para dejar de sincronizar contactos, abra Ajustes > Privacidad y seguridad > Ajustes de datos y desactive Sincronizar contactos.',
  'apps.app.signal.why': 'Signal puede mostrar vistas previas de mensajes en la pantalla durante la sesión.',
  'apps.app.signal.whatToDo':
    'Cierre Signal antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.messenger.why':
    'Messenger puede mostrar avisos de mensajes en la pantalla, y puede subir los contactos de su teléfono.',
  'apps.app.messenger.whatToDo':
    'Cierre Messenger antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Para dejar de subir contactos, desactive Subir contactos en la configuración de Messenger en su teléfono.',
  'apps.app.viber.why':
    'Viber puede mostrar avisos de mensajes en la pantalla, y guarda una copia de los contactos de su teléfono en sus servidores.',
  'apps.app.viber.whatToDo':
    'Cierre Viber antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Puede quitarle a Viber el acceso a sus contactos en la configuración de su teléfono.',
  'apps.app.wechat.why':
    'WeChat puede mostrar avisos de mensajes en la pantalla, y puede usar los contactos de su teléfono.',
  'apps.app.wechat.whatToDo':
    'Cierre WeChat antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.line.why':
    'LINE puede mostrar avisos de mensajes en la pantalla, y puede agregar amigos desde la libreta de contactos de su teléfono.',
  'apps.app.line.whatToDo':
    'Cierre LINE antes de la sesión, o active No molestar para que sus mensajes no aparezcan. En la configuración de notificaciones de LINE también puede desactivar la vista previa, y en su teléfono puede desactivar que agregue amigos solo.',
  'apps.app.kakaotalk.why':
    'KakaoTalk puede mostrar avisos de mensajes en la pantalla, y agrega amigos desde los contactos de su teléfono.',
  'apps.app.kakaotalk.whatToDo':
    'Cierre KakaoTalk antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Puede desactivar que le agreguen como amigo por número de teléfono en la configuración de KakaoTalk.',
  'apps.app.discord.why':
    'Discord puede mostrar avisos de mensajes y llamadas en la pantalla, y su aplicación del teléfono puede sincronizar sus contactos.',
  'apps.app.discord.whatToDo':
    'Cierre Discord antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.slack.why': 'Slack puede mostrar avisos de mensajes en la pantalla durante la sesión.',
  'apps.app.slack.whatToDo':
    'Cierre Slack antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Slack también puede pausar sus propias notificaciones por un rato.',
  'apps.app.element.why': 'Element puede mostrar avisos de mensajes en la pantalla durante la sesión.',
  'apps.app.element.whatToDo':
    'Cierre Element antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.messages.why':
    'Messages (Mensajes) puede mostrar en la pantalla los textos de su teléfono y de sus contactos.',
  'apps.app.messages.whatToDo':
    'Cierre Mensajes antes de la sesión, o active un modo de Concentración (Centro de control > Concentración) para que no aparezcan textos.',
  'apps.app.phone-link.why':
    'Phone Link (Vínculo móvil) puede mostrar en la pantalla textos y llamadas de un teléfono vinculado.',
  'apps.app.phone-link.whatToDo':
    'Si su teléfono está vinculado a esta computadora, active No molestar para que los textos de su teléfono no aparezcan durante la sesión.',
  'apps.app.kde-connect.why':
    'KDE Connect puede mostrar en la pantalla textos y notificaciones de un teléfono vinculado.',
  'apps.app.kde-connect.whatToDo':
    'Si su teléfono está vinculado, active No molestar para que sus notificaciones no aparezcan durante la sesión.',
  'apps.app.zoom.why': 'Zoom puede mostrar mensajes de chat y llamadas entrantes en la pantalla.',
  'apps.app.zoom.whatToDo':
    'Si no usa Zoom para esta sesión, ciérrelo para que no aparezcan sus llamadas ni sus mensajes.',
  'apps.app.teams.why': 'Teams puede mostrar mensajes de chat y llamadas entrantes en la pantalla.',
  'apps.app.teams.whatToDo':
    'Si no usa Teams para esta sesión, ciérrelo para que no aparezcan sus llamadas ni sus mensajes.',
  'apps.app.skype.why': 'Skype puede mostrar mensajes de chat y llamadas entrantes en la pantalla.',
  'apps.app.skype.whatToDo':
    'Si no usa Skype para esta sesión, ciérrelo para que no aparezcan sus llamadas ni sus mensajes.',
  'apps.app.facetime.why':
    'FaceTime puede sonar en esta computadora cuando alguien llama a su número de teléfono o a su Apple ID.',
  'apps.app.facetime.whatToDo':
    'Si no usa FaceTime para esta sesión, ciérrelo, o active un modo de Concentración para que las llamadas no suenen aquí.',
  // ── end of the crisis line and prompts.

  // ── The report's own words (src/render/): feat/catalogue-render adds its keys here.
  // Palabras de estado, donde un símbolo solo no basta (Markdown, HTML).
  'report.status.pass': 'En orden',
  'report.status.warn': 'Conviene revisar',
  'report.status.fail': 'Arreglar antes de la sesión',
  'report.status.skip': 'Omitida',
  'report.status.error': 'No se pudo revisar',
  'report.label': '{label}:',
  'report.labelled': '{label}: {value}',
  // En español el veredicto pone el verbo primero ("No se revisó el wifi."), así que la forma
  // `checkAsSubject` va en minúscula, igual que la otra.
  'report.check.wifi': 'el wifi',
  'report.check.connection': 'la conexión',
  'report.check.apps': 'las aplicaciones de esta computadora',
  'report.check.checklist': 'la lista de verificación',
  'report.check.devices': 'la cámara y el micrófono',
  'report.check.link': 'el enlace de la sesión',
  'report.check.other': 'la revisión «{title}»',
  'report.checkAsSubject.wifi': 'el wifi',
  'report.checkAsSubject.connection': 'la conexión',
  'report.checkAsSubject.apps': 'las aplicaciones de esta computadora',
  'report.checkAsSubject.checklist': 'la lista de verificación',
  'report.checkAsSubject.devices': 'la cámara y el micrófono',
  'report.checkAsSubject.link': 'el enlace de la sesión',
  'report.checkAsSubject.other': 'la revisión «{title}»',
  'report.headline.ready': 'Todo listo para su sesión.',
  'report.headline.readyReader': 'Todo listo para la sesión.',
  'report.headline.readyGap': 'Todo listo, hasta donde se revisó: no se revisó {names}.',
  'report.headline.readyGapNamesMany': 'Todo listo, hasta donde se revisó: no se revisaron {names}.',
  'report.headline.cautions': 'Todo listo, con 1 cosa que conviene revisar.',
  'report.headline.cautionsMany': 'Todo listo, con {count} cosas que conviene revisar.',
  'report.headline.cautionsReader': 'Todo listo, con 1 cosa que conviene revisar.',
  'report.headline.cautionsReaderMany': 'Todo listo, con {count} cosas que conviene revisar.',
  'report.headline.cautionsGap':
    'Todo listo, hasta donde se revisó, con 1 cosa que conviene revisar: no se revisó {names}.',
  'report.headline.cautionsGapNamesMany':
    'Todo listo, hasta donde se revisó, con 1 cosa que conviene revisar: no se revisaron {names}.',
  'report.headline.cautionsManyGap':
    'Todo listo, hasta donde se revisó, con {count} cosas que conviene revisar: no se revisó {names}.',
  'report.headline.cautionsManyGapNamesMany':
    'Todo listo, hasta donde se revisó, con {count} cosas que conviene revisar: no se revisaron {names}.',
  'report.headline.notReady': 'Todavía no está todo listo: hay 1 cosa que arreglar antes de su sesión.',
  'report.headline.notReadyMany':
    'Todavía no está todo listo: hay {count} cosas que arreglar antes de su sesión.',
  'report.headline.notReadyReader': 'Todavía no está todo listo: hay 1 cosa que arreglar antes de la sesión.',
  'report.headline.notReadyReaderMany':
    'Todavía no está todo listo: hay {count} cosas que arreglar antes de la sesión.',
  'report.headline.nothingChecked': 'No se revisó nada.',
  'report.headline.nothingCheckedGap': 'No se revisó nada: {names} quedó sin revisar.',
  'report.headline.nothingCheckedGapNamesMany': 'No se revisó nada: {names} quedaron sin revisar.',
  'report.headline.couldNotRun':
    'Algunas revisiones no se pudieron hacer, así que esto no muestra todo: no se pudo revisar {names}.',
  'report.headline.couldNotRunNamesMany':
    'Algunas revisiones no se pudieron hacer, así que esto no muestra todo: no se pudieron revisar {names}.',
  'report.headline.notChecked': 'No se revisó {names}.',
  'report.headline.notCheckedNamesMany': 'No se revisaron {names}.',
  'report.counts': 'Revisiones: {parts}',
  'report.counts.pass': '{count} en orden',
  'report.counts.warn': '{count} con algo que mirar',
  'report.counts.fail': '{count} por arreglar',
  'report.counts.skip': '{count} omitida',
  'report.counts.skipMany': '{count} omitidas',
  'report.counts.error': '{count} sin poder revisar',
  'report.session.video': 'sesión por video',
  'report.session.audio': 'sesión por teléfono (solo audio)',
  'report.session.text': 'sesión por chat',
  'report.checkedFor.video': 'Revisado para una sesión por video el {time} con {tool} {version}.',
  'report.checkedFor.audio':
    'Revisado para una sesión por teléfono (solo audio) el {time} con {tool} {version}.',
  'report.checkedFor.text': 'Revisado para una sesión por chat el {time} con {tool} {version}.',
  'report.checkedOn.video': 'Sesión por video, revisada el {time}, con {tool} {version}.',
  'report.checkedOn.audio': 'Sesión por teléfono (solo audio), revisada el {time}, con {tool} {version}.',
  'report.checkedOn.text': 'Sesión por chat, revisada el {time}, con {tool} {version}.',
  'report.time.locale': 'es-419',
  'report.time': '{day} {month} {year}, {hour}:{minute} ({zone})',
  'report.steps.must': 'Arreglar antes de su sesión',
  'report.steps.mustReader': 'Arreglar antes de la sesión',
  'report.steps.consider': 'Conviene revisar',
  'report.steps.considerReader': 'Conviene revisar',
  'report.mark.fix': 'Arreglar',
  'report.mark.worthALook': 'Conviene revisar',
  'report.mark.consider': 'Revisar',
  'report.mark.ready': 'Todo listo',
  'report.mark.notReady': 'Aún no',
  'report.mark.incomplete': 'Incompleto',
  'report.reassurance':
    'Si algo no se puede arreglar a tiempo, por lo general su sesión puede hacerse igual: dígaselo a su terapeuta al empezar.',
  'report.reassuranceReader':
    'Por lo general, la sesión puede hacerse igual: lo que no se arregle a tiempo se puede hablar al empezar.',
  'report.from': 'De {practice}:',
  'report.fromTherapist': 'De la lista de verificación de su terapeuta:',
  'report.withChecklistFrom': 'Con la lista de verificación de {practice}.',
  'report.value.unknown': 'no se sabe',
  'report.value.yes': 'sí',
  'report.value.no': 'no',
  'report.value.withUnit': '{value} {unit}',
  'report.samples': '1 muestra',
  'report.samplesMany': '{count} muestras',
  'report.confidence.high': 'confianza alta',
  'report.confidence.medium': 'confianza media',
  'report.confidence.low': 'confianza baja',
  'report.fact.extra': '{fact} ({extra})',
  'report.fact.reason': 'Motivo: {reason}',
  'report.fact.took': 'Tardó {milliseconds} ms',
  'report.practiceAnswer': '{question} {answer}',
  'report.identifier.networkName': 'Nombre de la red',
  'report.identifier.bssid': 'Punto de acceso (BSSID)',
  'report.identifier.proxy': 'Proxy',
  'report.identifier.meetingLink': 'Enlace de la sesión',
  'report.identifier.meetingLinkTarget': 'Adónde lleva el enlace de la sesión',
  'report.answer.yes': 'Sí',
  'report.answer.no': 'No',
  'report.answer.noNeeded': 'No (necesario)',
  'report.answer.unknown': 'No se sabe',
  'report.answer.notAnswered': 'Sin responder',
  'report.answer.answeredBy': 'Respondida por {check}',
  'report.title': 'Preparación para la sesión: {headline}',
  'report.heading': 'Revisión antes de la sesión',
  'report.table.check': 'Revisión',
  'report.table.result': 'Resultado',
  'report.table.found': 'Qué encontró',
  'report.measurements': 'Mediciones',
  'report.whatWasChecked': 'Qué se revisó',
  'report.moreCrisisResources': 'Más líneas de ayuda',
  // ── end of the report's own words.

  // ── Errors a person can meet (src/errors.ts, src/main.ts, src/files/, checklist files): feat/catalogue-render adds its keys here.
  'error.file.what.noFolder': 'la carpeta no existe',
  'error.file.what.notFolder': 'una parte de esa ruta es un archivo, no una carpeta',
  'error.file.what.noPermission': 'no hay permiso para guardar ahí',
  'error.file.what.readOnly': 'ese lugar es de solo lectura',
  'error.file.what.diskFull': 'el disco está lleno',
  'error.file.what.quota': 'ya usó todo el espacio que tiene en este disco',
  'error.file.what.tooBig': 'el archivo sería demasiado grande para ese disco',
  'error.file.what.isFolder': 'eso es una carpeta',
  'error.file.what.exists': 'ya hay un archivo con ese nombre',
  'error.file.what.nameTooLong': 'el nombre o la ruta es demasiado largo',
  'error.file.what.loop': 'la ruta da vueltas en un círculo de accesos directos (enlaces simbólicos)',
  'error.file.what.busy': 'otro programa está usando el archivo',
  'error.file.what.tooManyOpen': 'esta computadora tiene demasiados archivos abiertos en este momento',
  'error.file.what.diskError': 'el disco informó un error',
  'error.file.what.device': 'eso es un dispositivo, no un archivo',
  'error.file.what.other': 'la computadora no lo permitió',
  'error.file.what.noSuchFile': 'ese archivo no existe',
  'error.file.what.noPermissionToOpen': 'no hay permiso para abrirlo',
  'error.file.what.folderNotFile': 'eso es una carpeta, no un archivo',
  'error.file.what.notAFile': 'no es un archivo (es un dispositivo o un socket)',
  'error.file.what.couldNotOpen': 'no se pudo abrir',
  'error.file.todo.checkFolderOrCreate': 'revise el nombre de la carpeta, o cree la carpeta primero',
  'error.file.todo.checkFolder': 'revise el nombre de la carpeta',
  'error.file.todo.ownFolder': 'elija una carpeta suya, como la carpeta Documentos',
  'error.file.todo.freeSpace': 'libere espacio, o guárdelo en otro disco',
  'error.file.todo.otherDisk': 'guárdelo en otro disco',
  'error.file.todo.giveFileName': 'escriba un nombre de archivo, como informe.html',
  'error.file.todo.otherName': 'elija otro nombre',
  'error.file.todo.shorterName': 'use un nombre de archivo más corto o una carpeta más cerca del inicio',
  'error.file.todo.realFolder': 'escriba la carpeta real',
  'error.file.todo.closeProgram': 'cierre ese programa, o elija otro nombre',
  'error.file.todo.closePrograms': 'cierre algunos programas y vuelva a intentarlo',
  'error.file.todo.tryAgainOrOtherDisk': 'vuelva a intentarlo, o guárdelo en otro disco',
  'error.file.todo.otherFolder': 'pruebe con otra carpeta',
  'error.save.cannot': 'No se puede guardar el informe en {path}: {what}; {todo}.',
  'error.save.noFolder': 'No se puede guardar el informe en {path}: la carpeta {folder} no existe.',
  'error.save.folderNotWritable':
    'No se puede guardar el informe en {path}: no se puede escribir en la carpeta {folder}.',
  'error.save.isFolder': 'No se puede guardar el informe en {path}: eso es una carpeta.',
  'error.save.failed':
    'No se pudo guardar el informe en {path}: {what}. Para guardarlo, {todo}, y luego vuelva a ejecutar la revisión.',
  'error.save.shownAbove': 'El informe se muestra arriba.',
  'main.saved': 'Se guardó el informe en {path}.',
  'main.stopped': 'Se detuvo. No se guardó nada.',
  'main.unexpected':
    '{app} tuvo un problema inesperado: {problem}. Vuelva a ejecutarlo; --debug muestra los detalles.',
  'main.unexpectedSentence':
    '{app} tuvo un problema inesperado: {problem} Vuelva a ejecutarlo; --debug muestra los detalles.',
  'main.offerCopy': '¿Quiere guardar una copia de este informe para enviársela a su terapeuta?',
  'main.copySaved': 'Se guardó una copia del informe en {path}',
  'main.copyAttach': 'Puede adjuntarla a un correo electrónico para su terapeuta.',
  'error.what.checklist': 'la lista de verificación',
  'error.what.answers': 'el archivo de respuestas',
  'error.source.notUtf8':
    'No se puede usar {what} {name}: no es un archivo de texto (no está en UTF-8); guárdelo como texto simple en YAML o JSON.',
  'error.source.binary':
    'No se puede usar {what} {name}: no es un archivo de texto (tiene datos binarios); guárdelo como texto simple en YAML o JSON.',
  'error.source.couldNotRead': 'No se pudo leer {what} {name}: {why}.',
  'error.source.notAFile':
    'No se pudo leer {what} {name}: es {kind}, no un archivo; escriba la ruta de un archivo .yaml o .json.',
  'error.source.kind.folder': 'una carpeta',
  'error.source.kind.pipe': 'una tubería (pipe)',
  'error.source.kind.socket': 'un socket',
  'error.source.kind.device': 'un dispositivo',
  'error.source.kilobytes': '{count} KB',
  'error.source.tooBigSized':
    'No se puede usar {what} {name}: es demasiado grande ({size}); puede tener como máximo {limit}.',
  'error.source.tooBig':
    'No se puede usar {what} {name}: es demasiado grande; puede tener como máximo {limit}.',
  'error.source.urlTooBig':
    'No se puede usar {what} de {name}: es demasiado grande; puede tener como máximo {limit}.',
  'error.source.invalidUrl':
    'No se puede usar la dirección de {what} {name}: no es una dirección web válida.',
  'error.source.notHttps':
    'No se puede usar la dirección de {what} {name}: usa {scheme}, y eso no está permitido. Solo se aceptan direcciones https://, para que nadie pueda cambiar el archivo en el camino.',
  'error.source.redirectNotHttps':
    'No se puede usar la dirección de {what} {name}: lleva a {scheme}, y eso no está permitido. Solo se aceptan direcciones https://, para que nadie pueda cambiar el archivo en el camino.',
  'error.source.credentials':
    'No se puede usar la dirección de {what} {name}: tiene un nombre de usuario o una contraseña. Use una dirección sin ellos.',
  'error.source.tooManyRedirects':
    'No se puede usar la dirección de {what} {name}: redirige demasiadas veces.',
  'error.source.httpStatus': 'No se pudo descargar {what} de {name}: el servidor respondió {status}.',
  'error.source.timeout':
    'No se pudo descargar {what} de {name}: no hubo respuesta en {seconds} segundos. Vuelva a intentarlo más tarde.',
  'error.source.timeoutMs':
    'No se pudo descargar {what} de {name}: no hubo respuesta en {milliseconds} ms. Vuelva a intentarlo más tarde.',
  'error.source.network': 'No se pudo descargar {what} de {name}: {why}.',
  'error.source.notLocal':
    'Para {what} se necesita un archivo en esta computadora, no una dirección web; usted escribió {name}.',
  'error.source.webPageLink':
    'El enlace de {what} {name} abrió una página web, no un archivo de lista (quizás una página para iniciar sesión o un enlace para compartir). Pida un enlace directo al archivo .yaml.',
  'error.source.webPageFile':
    'No se puede usar {what} {name}: es una página web, no un archivo de lista. Guarde la lista misma como archivo .yaml.',
  'error.network.dns':
    'no se encontró la dirección; revise cómo está escrita y que tenga conexión a internet',
  'error.network.offline':
    'no se puede llegar al servidor desde esta red; revise que tenga conexión a internet',
  'error.network.proxy':
    'el proxy configurado en esta computadora (HTTPS_PROXY) no dejó pasar la solicitud; revise esa configuración, o pregunte a quien la hizo',
  'error.network.refused':
    'el servidor rechazó la conexión; revise la dirección, o vuelva a intentarlo más tarde',
  'error.network.closed': 'la conexión se cortó antes de recibir todo el archivo; vuelva a intentarlo',
  'error.network.stalled': 'el servidor no respondió a tiempo; vuelva a intentarlo más tarde',
  'error.network.tls':
    'no se confía en el certificado de seguridad del servidor, así que no se leyó el archivo; revise la fecha y la hora de esta computadora, o pida un enlace en otro sitio',
  'error.network.other': 'la conexión falló; revise que tenga conexión a internet y vuelva a intentarlo',
  'error.problems.unreadable': 'No se pudo leer {what} {name}.',
  'error.problems.one': 'Hay un problema en {what} {name}: {problem}',
  'error.problems.oneOnLine': 'Hay un problema en {what} {name}, en la línea {line}: {problem}',
  'error.problems.many': 'Hay {count} problemas en {what} {name}. El primero: {problem}',
  'error.problems.manyOnLine':
    'Hay {count} problemas en {what} {name}. El primero, en la línea {line}: {problem}',
  'error.problems.manySeeAll':
    'Hay {count} problemas en {what} {name} (puede verlos todos con: {seeAll}). El primero: {problem}',
  'error.problems.manySeeAllOnLine':
    'Hay {count} problemas en {what} {name} (puede verlos todos con: {seeAll}). El primero, en la línea {line}: {problem}',
  'error.answers.missing':
    'El archivo de respuestas {name} no responde la pregunta obligatoria {questions}. Agregue una línea como "{example}: yes" o "{example}: no" para cada una.',
  'error.answers.missingMany':
    'El archivo de respuestas {name} no responde las preguntas obligatorias {questions}. Agregue una línea como "{example}: yes" o "{example}: no" para cada una.',
  'error.note.webPage':
    'Nota: el enlace a la lista de verificación que le dieron abrió una página web, no un archivo de lista, así que se hicieron las preguntas de siempre. Por favor, avísele a su terapeuta para que le envíe un enlace directo al archivo.',
  'error.init.notYaml':
    'checklist init escribe YAML, así que el nombre del archivo debe terminar en .yaml o .yml; usted escribió {name}.',
  'error.init.isFolder': 'No se puede escribir la lista en {name}: eso es una carpeta.',
  'error.init.exists': '{name} ya existe, así que no se tocó; agregue --force para reemplazarlo.',
  'error.init.failed': 'No se pudo escribir la lista en {name}: {what}; {todo}.',
  'error.field.file': 'el archivo',
  'error.field.fileSubject': 'El archivo',
  'error.field.top': '"{name}"',
  'error.field.question': 'la pregunta {number}',
  'error.field.questionSubject': 'La pregunta {number}',
  'error.field.questionWithId': 'la pregunta {number} ("{id}")',
  'error.field.questionWithIdSubject': 'La pregunta {number} ("{id}")',
  'error.field.entry': 'la entrada {entry} de "{field}" en {question}',
  'error.field.entrySubject': 'La entrada {entry} de "{field}" en {question}',
  'error.field.inQuestion': '"{field}" en {question}',
  'error.field.keyName': 'el nombre "{key}"',
  'error.field.keyNameSubject': 'El nombre "{key}"',
  'error.field.answersFile': 'el archivo de respuestas',
  'error.field.answersFileSubject': 'El archivo de respuestas',
  'error.field.answer': 'la respuesta a "{id}"',
  'error.field.answerSubject': 'La respuesta a "{id}"',
  'error.schema.typeName.string': 'texto',
  'error.schema.typeName.array': 'una lista',
  'error.schema.typeName.object': 'un conjunto de campos "nombre: valor"',
  'error.schema.typeName.integer': 'un número entero',
  'error.schema.typeName.number': 'un número',
  'error.schema.typeName.boolean': 'true o false',
  'error.schema.typeName.null': 'vacío',
  'error.schema.type': '{field}: debe ser {type}.',
  'error.schema.required': '{field}: falta "{property}".',
  'error.schema.mustBe': '{field}: debe ser {allowed}.',
  'error.schema.mustBeIs': '{field}: debe ser {allowed}, pero es {value}.',
  'error.schema.or': '{rest} o {last}',
  'error.schema.rightForm': 'del tipo correcto',
  'error.schema.empty': '{field}: está vacío.',
  'error.schema.maxLength':
    '{field}: es demasiado largo. Puede tener como máximo {limit} caracteres, y tiene {length}.',
  'error.schema.maxItems': '{field}: tiene demasiadas entradas. Puede tener como máximo {limit}.',
  'error.schema.minItems': '{field}: necesita al menos {limit} entrada.',
  'error.schema.uniqueItems': '{field}: tiene el mismo valor dos veces.',
  'error.schema.other': '{field}: {detail}.',
  'error.schema.notValid': '{field}: no es válido.',
  'error.schema.unknownField':
    '{where} tiene un campo "{key}" que las listas no usan. ¿Quiso decir "{hint}"?',
  'error.schema.unknownFieldList':
    '{where} tiene un campo "{key}" que las listas no usan. Los campos son: {fields}.',
  'error.yaml.DUPLICATE_KEY': 'El mismo campo aparece dos veces aquí; deje solo uno.',
  'error.yaml.TAB_AS_INDENT': 'Aquí se usa una tabulación para la sangría; use espacios.',
  'error.yaml.BAD_INDENT': 'La sangría de esta línea no coincide con la de las líneas de alrededor.',
  'error.yaml.MULTIPLE_DOCS': 'El archivo tiene más de un documento (una línea con ---); deje solo uno.',
  'error.yaml.TAG_RESOLVE_FAILED':
    'Aquí se usa una etiqueta YAML (una palabra que empieza con !); las listas usan solo texto simple.',
  'error.yaml.BAD_ALIAS': 'Aquí se usa un alias YAML (*nombre) que no apunta a nada.',
  'error.yaml.RESOURCE_EXHAUSTION': 'El archivo tiene demasiados niveles para leerlo con seguridad.',
  'error.yaml.other': 'El archivo no se puede leer aquí ({detail}).',
  'error.yaml.aliasBomb':
    'El archivo repite alias YAML (*nombre) demasiadas veces para leerlo con seguridad; escriba el texto completo.',
  'error.yaml.tooComplex':
    'El archivo tiene demasiados niveles o es demasiado complejo para leerlo con seguridad.',
  'error.yaml.empty': 'El archivo está vacío.',
  // ── end of errors.
} as const satisfies Catalogue
