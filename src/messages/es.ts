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
import type { Catalogue } from './index.js'

export const es = {
  // src/checks/run-checks.ts: a check that could not finish.
  'run.error.advice': 'Vuelva a escribir {command}. Si vuelve a pasar, su sesión puede seguir igual; dígale a su terapeuta qué parte no se pudo revisar.',
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
  'wifi.summary.protectedWeak': 'Su wifi está protegido con contraseña ({protection}), pero la señal es débil.',
  'wifi.summary.hotspotProtected': 'Está usando el punto de acceso (hotspot) de su teléfono, que está protegido con contraseña ({protection}).',
  'wifi.summary.hotspotProtectedWeak': 'Está usando el punto de acceso (hotspot) de su teléfono, que está protegido con contraseña ({protection}), pero la señal es débil.',
  'wifi.summary.enterprise': 'Su wifi usa un inicio de sesión personal (WPA Enterprise), que protege bien.',
  'wifi.summary.enterpriseWeak': 'Su wifi usa un inicio de sesión personal (WPA Enterprise), que protege bien, pero la señal es débil.',
  'wifi.summary.ethernet': 'Está conectado por cable, que es privado y estable.',
  'wifi.summary.ethernetWeak': 'Está conectado por cable, que es privado y estable, pero la señal es débil.',
  'wifi.summary.phone': 'Está conectado a internet por su teléfono, con un cable o por Bluetooth, que es privado.',
  'wifi.summary.phoneWeak': 'Está conectado a internet por su teléfono, con un cable o por Bluetooth, que es privado, pero la señal es débil.',
  'wifi.summary.cellular': 'Está conectado con datos móviles, que van cifrados.',
  'wifi.summary.cellularWeak': 'Está conectado con datos móviles, que van cifrados, pero la señal es débil.',
  'wifi.summary.vpnToo': 'También tiene una VPN encendida.',
  'wifi.summary.vpnTooWeak': 'También tiene una VPN encendida, pero la señal es débil.',
  'wifi.summary.wpa': 'Esta red wifi usa una protección antigua (WPA) que se puede romper.',
  'wifi.summary.hotspotWpa': 'El punto de acceso (hotspot) de su teléfono usa una protección antigua (WPA) que se puede romper.',
  'wifi.summary.owe': 'Esta red wifi está cifrada, pero cualquier persona cerca puede conectarse sin contraseña.',
  'wifi.summary.hotspotOwe': 'El punto de acceso (hotspot) de su teléfono está cifrado, pero cualquier persona cerca puede conectarse sin contraseña.',
  'wifi.summary.open': 'Esta red wifi no tiene contraseña, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.hotspotOpen': 'El punto de acceso (hotspot) de su teléfono no tiene contraseña, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.openVpn': 'Esta red wifi no tiene contraseña, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.hotspotOpenVpn': 'El punto de acceso (hotspot) de su teléfono no tiene contraseña, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.wep': 'Esta red wifi usa WEP, una protección antigua y fácil de romper, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.hotspotWep': 'El punto de acceso (hotspot) de su teléfono usa WEP, una protección antigua y fácil de romper, así que las personas cerca podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.wepVpn': 'Esta red wifi usa WEP, una protección antigua y fácil de romper, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.hotspotWepVpn': 'El punto de acceso (hotspot) de su teléfono usa WEP, una protección antigua y fácil de romper, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.radioOff': 'El wifi está apagado y esta computadora no tiene otra conexión.',
  'wifi.summary.noWifiHardware': 'Esta computadora no tiene wifi y no está conectada a una red.',
  'wifi.summary.notConnected': 'Esta computadora no está conectada a una red en este momento.',
  'wifi.summary.linkUnknown': 'No pudimos saber cómo se conecta esta computadora a internet.',
  'wifi.summary.windowsLocationOff': 'Windows no nos dejó ver cómo está protegido su wifi, porque el acceso a la ubicación está apagado para las aplicaciones de escritorio.',
  'wifi.summary.macosUnreadable': 'macOS no nos dijo cómo está protegido su wifi.',
  'wifi.summary.linuxNoTools': 'No pudimos ver cómo está protegido su wifi, porque este sistema Linux no tiene NetworkManager (nmcli) ni la herramienta iw.',
  'wifi.summary.linuxNotReadable': 'No pudimos ver cómo está protegido su wifi en este sistema Linux.',
  'wifi.summary.unrecognised': 'Su computadora indicó un tipo de protección de wifi que no conocemos.',

  'wifi.step.joinProtected': 'Conéctese a una red wifi que pida contraseña, como la red de su casa.',
  'wifi.step.phoneHotspot': 'O use el punto de acceso (hotspot) de su teléfono, con una contraseña puesta.',
  'wifi.step.phoneHotspotFirst': 'Use el punto de acceso (hotspot) de su teléfono, con una contraseña puesta.',
  'wifi.step.cable': 'O conecte un cable de red, si su computadora tiene dónde conectarlo.',
  'wifi.step.cableFirst': 'Conecte un cable de red, si su computadora tiene dónde conectarlo.',
  'wifi.step.clinicVpn': 'Si su clínica le recomienda una VPN, enciéndala antes de la sesión.',
  'wifi.step.keepVpn': 'Deje su VPN encendida durante toda la sesión.',
  'wifi.step.hotspotPassword': 'Ponga una contraseña al punto de acceso (hotspot) en la configuración del teléfono y vuelva a conectarse.',
  'wifi.step.routerUpgrade': 'Para arreglarlo del todo, configure su router con WPA2 o WPA3; el manual del router o su proveedor de internet le pueden ayudar.',
  'wifi.step.joinProtectedLater': 'Cuando pueda, conéctese mejor a una red que pida contraseña.',
  'wifi.step.moveCloser': 'Acérquese al router, o use un cable, para que la llamada se oiga y se vea bien.',
  'wifi.step.weakSignal': 'La señal de su wifi es débil: acérquese al router, o use un cable, para que el chat no se corte.',
  'wifi.step.weakSignalToo': 'Además, la señal de su wifi es débil: acérquese al router, o use un cable, para que la llamada se oiga y se vea bien.',
  'wifi.step.runAgain': 'Después, vuelva a escribir {command}.',
  'wifi.step.turnWifiOn': 'Encienda el wifi y conéctese a la red de su casa, o conecte un cable de red.',
  'wifi.step.cableOrUsbHotspot': 'Conecte un cable de red, o conecte su teléfono con un cable USB y encienda su punto de acceso (hotspot).',
  'wifi.step.joinHome': 'Conéctese al wifi de su casa o conecte un cable de red.',
  'wifi.step.checkPasswordOrCable': 'Si usa wifi, recuerde si le pidió contraseña la primera vez que se conectó; si no se la pidió, use un cable o una red con contraseña.',
  'wifi.step.askedForPassword': 'Si su wifi le pidió contraseña la primera vez que se conectó, está protegido.',
  'wifi.step.otherwiseSwitch': 'Si no se la pidió, conéctese a una red que pida contraseña, o use un cable.',
  'wifi.step.windowsLocation': 'Para que {app} lo pueda ver: abra Configuración › Privacidad y seguridad › Ubicación, active "Servicios de ubicación" y "Permitir que las aplicaciones de escritorio accedan a tu ubicación" (así lo dice Windows), y vuelva a escribir {command}. (Para abrir esa página rápido, presione la tecla de Windows y la R a la vez, escriba ms-settings:privacy-location y presione Enter.)',
  'wifi.step.windowsCheckYourself': 'O revíselo usted: abra Configuración › Red e Internet › Wi-Fi › las propiedades de su red y mire "Tipo de seguridad". WPA2 o WPA3 está bien; "Abierta" o "WEP" quiere decir que es mejor cambiar a una red con contraseña.',
  'wifi.step.macosCheckYourself': 'Revíselo usted: mantenga presionada la tecla Opción y haga clic en el ícono de wifi en la barra de menús. Junto a "Seguridad", WPA2 o WPA3 está bien; "Ninguna" o "WEP" quiere decir que es mejor cambiar a una red con contraseña.',
  'wifi.step.macosLocation': 'Si macOS le pregunta si su aplicación de terminal puede usar la Localización, permitirlo deja que macOS comparta los datos del wifi. {app} nunca usa su ubicación.',
  'wifi.step.installIw': 'Para que {app} lo pueda ver, instale el paquete iw (por ejemplo: sudo apt install iw) y vuelva a escribir {command}.',
  'wifi.step.runAgainLater': 'Vuelva a escribir {command} en un minuto: los datos del wifi suelen aparecer después de la siguiente búsqueda de redes.',

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
  'apps.summary.liveSession': '{names} muestra una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo.',
  'apps.summary.liveSessionMany': '{names} muestran una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo.',
  'apps.summary.liveSessionAndMore': '{names} muestra una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo; también conviene revisar algunas cosas más abajo.',
  'apps.summary.liveSessionManyAndMore': '{names} muestran una conexión remota activa, así que otra persona podría estar viendo esta pantalla ahora mismo; también conviene revisar algunas cosas más abajo.',
  'apps.summary.callOpen': 'No hay aplicaciones de chat, de acceso remoto ni de grabación que revisar; {names} está abierto, y eso está bien si lo usa para la sesión.',
  'apps.summary.callsOpen': 'No hay aplicaciones de chat, de acceso remoto ni de grabación que revisar; {names} están abiertos, y eso está bien si usa una de ellas para la sesión.',
  'apps.summary.clear': 'No hay aplicaciones de chat, de acceso remoto ni de grabación de pantalla abiertas.',
  'apps.summary.unreadable': 'No se pudo leer la lista de aplicaciones abiertas, así que esta parte no se revisó.',
  'apps.step.endSession': 'Si usted no inició esta conexión de {name}, ciérrela en {name} (o reinicie la computadora) antes de la sesión, y avísele a su terapeuta.',
  'apps.step.charge': 'Conecte el cargador antes de la sesión, para que la llamada no se corte a la mitad.',
  'apps.step.quitYourself': 'Antes de la sesión, cierre usted mismo las aplicaciones de chat y las de acceso remoto o grabación de pantalla.',
  'apps.step.focusMac': 'Active un modo de Concentración como No molestar (Centro de control > Concentración) durante la sesión, para que no aparezcan mensajes, sobre todo si comparte su pantalla.',
  'apps.step.focusWindows': 'Active No molestar (Configuración > Sistema > Notificaciones) durante la sesión, para que no aparezcan mensajes, sobre todo si comparte su pantalla.',
  'apps.step.focusLinux': 'Active No molestar en la configuración de notificaciones de su escritorio durante la sesión, para que no aparezcan mensajes, sobre todo si comparte su pantalla.',
  'apps.label.processesListed': 'Programas revisados',
  'apps.label.appsFound': 'Aplicaciones y herramientas reconocidas',
  'apps.label.doNotDisturb': 'No molestar',
  'apps.value.couldNotTell': 'no se pudo saber',
  'apps.label.battery': 'Batería',

  // The privacy checklist (src/checks/checklist/).
  'checklist.title': 'Lista de verificación',
  'checklist.activity': 'Lista de verificación de privacidad',
  'checklist.intro': 'Aquí tiene una pregunta rápida de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.introMany': 'Aquí tiene {count} preguntas rápidas de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.introPractice': '{practice} le hace una pregunta rápida de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.introPracticeMany': '{practice} le hace {count} preguntas rápidas de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
  'checklist.question': '({asked} de {total}) {question}',
  'checklist.notAnswered': 'Escriba {command} en una terminal para responder la lista de verificación.',
  'checklist.step.answersFile': 'También puede responder la lista de verificación desde un archivo con --answers (vea el README).',
  'checklist.noQuestions.video': 'Esta lista de verificación no tiene preguntas para una sesión por video.',
  'checklist.noQuestions.audio': 'Esta lista de verificación no tiene preguntas para una sesión por teléfono (solo audio).',
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
  'checklist.summary.fail': '{answered}; hay 1 respuesta que resolver antes de que empiece su sesión{also}{skipped}.',
  'checklist.summary.failMany': '{answered}; hay {count} respuestas que resolver antes de que empiece su sesión{also}{skipped}.',
  'checklist.summary.warn': '{answered}; conviene revisar 1 respuesta antes de su sesión{skipped}.',
  'checklist.summary.warnMany': '{answered}; conviene revisar {count} respuestas antes de su sesión{skipped}.',
  'checklist.summary.passSkipped': '{answered}, y todo lo que respondió está en orden{skipped}.',
  'checklist.summary.pass': '{answered}, y todo está en orden.',

  // ── The connection check (src/checks/connection/): feat/catalogue-checks adds its keys here.
  // ── end of the connection check.

  // ── The meeting-link check (src/checks/link/): feat/catalogue-checks adds its keys here.
  // ── end of the meeting-link check.

  // ── The devices check (src/checks/devices/): feat/catalogue-checks adds its keys here.
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
  'crisis.US': 'Si está en crisis, puede llamar al 988 y marcar 2 para hablar en español, o enviar la palabra AYUDA por mensaje de texto al 988, a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
  'crisis.GB': 'Si está en crisis: en una emergencia, llame al 999; para ayuda urgente de salud mental, llame al NHS 111 y elija la opción 2; o llame gratis a Samaritans al 116 123.',
  'crisis.CA': 'Si está en crisis, puede llamar o enviar un mensaje de texto al 9-8-8 a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
  'crisis.AU': 'Si está en crisis, llame a Lifeline al 13 11 14 o envíe un mensaje de texto al 0477 13 11 14, a cualquier hora, de día o de noche. En una emergencia, llame al 000.',
  'crisis.IE': 'Si está en crisis, llame gratis a Samaritans al 116 123, a cualquier hora, de día o de noche. En una emergencia, llame al 112 o al 999.',
  'crisis.NZ': 'Si está en crisis, puede llamar o enviar un mensaje de texto gratis al 1737, a cualquier hora, de día o de noche, para hablar con un consejero capacitado. En una emergencia, llame al 111.',
  'crisis.ES': 'Si está en crisis, llame gratis al 024, a cualquier hora, de día o de noche. En una emergencia, llame al 112.',
  'crisis.MX': 'Si está en crisis, llame gratis a la Línea de la Vida al 800 911 2000, a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
  'crisis.other': 'Si está en crisis, llame al número de emergencias de su país, o busque una línea de ayuda gratuita cerca de usted en findahelpline.com.',
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
  'checklist.q.private-space.why': 'Lo que comparte en terapia solo es privado si nadie más lo puede oír o leer.',
  'checklist.q.private-space.fix': 'Busque un cuarto donde pueda cerrar la puerta, o dígaselo a su terapeuta al empezar para decidir juntos qué hacer.',
  'checklist.q.safe-not-driving.text': '¿Está en un lugar seguro, y no manejando? (Un carro estacionado está bien.)',
  'checklist.q.safe-not-driving.why': 'Una sesión necesita toda su atención, y hablar de cosas difíciles mientras maneja no es seguro.',
  'checklist.q.safe-not-driving.fix': 'Deténgase en un lugar seguro antes de que empiece la sesión, o avísele a su terapeuta que necesita unos minutos más.',
  'checklist.q.know-location.text': '¿Sabe la dirección del lugar donde está ahora, por si hay una emergencia?',
  'checklist.q.know-location.why': 'Si hay una emergencia durante una sesión, su terapeuta necesita saber adónde mandar ayuda; usted se la dice, esta herramienta nunca la pide.',
  'checklist.q.know-location.fix': 'Antes de la sesión, busque la dirección de donde está (por ejemplo, en una aplicación de mapas) para decírsela a su terapeuta si se la pide.',
  'checklist.q.headphones.text': '¿Va a usar audífonos?',
  'checklist.q.headphones.why': 'Con audífonos, nadie cerca puede oír la voz de su terapeuta.',
  'checklist.q.headphones.fix': 'Si tiene audífonos, conéctelos ahora; si no, mantenga el volumen bajo.',
  'checklist.q.callback-number.text': '¿Tiene su terapeuta un número de teléfono para llamarle si se corta la conexión?',
  'checklist.q.callback-number.why': 'Si se corta la conexión, con un número de teléfono su terapeuta le puede llamar rápido y usted no se queda esperando.',
  'checklist.q.callback-number.fix': 'Asegúrese de que su terapeuta tenga su número de teléfono actual; se lo puede dar al empezar la sesión.',
  'checklist.q.backup-plan.text': '¿Sabe qué van a hacer usted y su terapeuta si se corta la llamada?',
  'checklist.q.backup-plan.why': 'Saber el plan, por ejemplo quién llama a quién, hace que una llamada cortada sea mucho menos estresante.',
  'checklist.q.backup-plan.fix': 'Pregúntele a su terapeuta al empezar qué hacer si se corta la llamada, por ejemplo quién vuelve a llamar.',
  'checklist.q.own-device.text': '¿Está usando su propio aparato, y no una computadora del trabajo, compartida o pública?',
  'checklist.q.own-device.why': 'En una computadora compartida o del trabajo, otras personas o su empleador podrían ver sus mensajes.',
  'checklist.q.own-device.fix': 'Use su propio teléfono o computadora si puede; si no, cierre la sesión y cierre el chat al terminar.',
  'checklist.q.devices-silenced.text': '¿Están silenciadas las notificaciones y apagados los otros aparatos, para que nada suene ni aparezca durante la sesión?',
  'checklist.q.devices-silenced.why': 'Las llamadas y los avisos de mensajes le interrumpen, y pueden mostrar mensajes privados si comparte su pantalla.',
  'checklist.q.devices-silenced.fix': 'Active No molestar (se llama Concentración en una Mac o un iPhone) y silencie o apague los otros aparatos.',
  'checklist.q.smart-speakers.text': '¿Están apagados o fuera del cuarto los altavoces inteligentes, los asistentes de voz y las cámaras de la casa?',
  'checklist.q.smart-speakers.why': 'Los aparatos que esperan una palabra para activarse, y las cámaras de la casa, pueden oír o grabar partes de una sesión.',
  'checklist.q.smart-speakers.fix': 'Silencie o desconecte los altavoces inteligentes y los asistentes de voz, y apague o tape las cámaras de la casa que estén en el cuarto.',
  'checklist.q.secure-network.text': '¿Está en su propia red con contraseña, y no en un wifi público?',
  'checklist.q.secure-network.why': 'Las redes abiertas y públicas son menos privadas, y muchas veces menos estables, que la suya.',
  'checklist.q.secure-network.fix': 'Use la red de su casa o el punto de acceso (hotspot) de su teléfono en lugar de un wifi público.',
  'checklist.q.microphone-ready.text': '¿Funciona su micrófono, sin que otra aplicación lo esté usando?',
  'checklist.q.microphone-ready.why': 'En una sesión por teléfono (solo audio) su voz lo es todo: si el micrófono está silenciado, bloqueado u ocupado, su terapeuta no le puede oír.',
  'checklist.q.microphone-ready.fix': 'Antes de la sesión, abra la configuración de su aplicación de llamadas, hable y vea si se mueve el nivel del micrófono; cierre otras aplicaciones que usen el micrófono.',
  // An answer as the report shows it beside its question (details.answers keeps yes/no for JSON readers).
  'checklist.value.yes': 'sí',
  'checklist.value.no': 'no',
  // `checklist validate`: a practice checklist with translations that leave a language out.
  'checklist.languages.listed': '  Idiomas: {languages}',
  'checklist.languages.missing': '  Nota: {field} no tiene texto en "{language}", aunque otras partes del archivo sí; quien lea ese idioma verá ahí el texto en "{fallback}".',
  // Each app's own words (src/checks/apps/catalogue.ts keeps the English and its sources; a test keeps them equal).
  // IT-support (RMM) tools share the `rmm` pair. An app's advice is its why, then what to do.
  'apps.app.advice': '{why} {whatToDo}',
  'apps.app.teamviewer.why': 'TeamViewer permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.teamviewer.whatToDo': 'Si hoy no necesita TeamViewer, ciérrelo antes de la sesión y desactive la opción de que se abra al encender la computadora.',
  'apps.app.anydesk.why': 'AnyDesk permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.anydesk.whatToDo': 'Si hoy no necesita AnyDesk, ciérrelo antes de la sesión; si nunca lo usa, lo puede desinstalar.',
  'apps.app.rustdesk.why': 'RustDesk permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.rustdesk.whatToDo': 'Si hoy no necesita RustDesk, ciérrelo antes de la sesión; si nunca lo usa, lo puede desinstalar.',
  'apps.app.chrome-remote-desktop.why': 'Chrome Remote Desktop permite que alguien entre a esta computadora desde otro aparato.',
  'apps.app.chrome-remote-desktop.whatToDo': 'Si hoy no necesita acceso remoto, desactívelo en remotedesktop.google.com antes de la sesión.',
  'apps.app.quick-assist.why': 'Quick Assist (Asistencia rápida) permite que otra persona vea o controle esta computadora para ayudarle.',
  'apps.app.quick-assist.whatToDo': 'Cierre Quick Assist antes de la sesión, a menos que lo esté usando ahora mismo con alguien de confianza.',
  'apps.app.apple-screen-sharing.why': 'Compartir pantalla y Gestión remota permiten que alguien vea y controle esta Mac desde otra computadora.',
  'apps.app.apple-screen-sharing.whatToDo': 'Si no lo necesita, desactive Compartir pantalla y Gestión remota en Ajustes del Sistema > General > Compartir.',
  'apps.app.vnc.why': 'Un servidor VNC permite que alguien vea y controle esta computadora por la red.',
  'apps.app.vnc.whatToDo': 'Si hoy no necesita acceso remoto, detenga el servidor VNC antes de la sesión.',
  'apps.app.parsec.why': 'Parsec permite que alguien vea y controle esta computadora cuando se acepta una conexión.',
  'apps.app.parsec.whatToDo': 'Si hoy no necesita Parsec, ciérrelo antes de la sesión.',
  'apps.app.rmm.why': 'Las herramientas de soporte técnico como esta permiten que una organización vea y controle la computadora.',
  'apps.app.rmm.whatToDo': 'Si esta es una computadora del trabajo o de la escuela, su organización puede usarla para cuidar la computadora; un aparato personal es más privado para la sesión. Si usted no la instaló, pregunte a quien se encarga de esta computadora.',
  'apps.app.obs.why': 'OBS Studio puede grabar o transmitir todo lo que hay en la pantalla y el micrófono.',
  'apps.app.obs.whatToDo': 'Si no está grabando a propósito, cierre OBS Studio antes de la sesión.',
  'apps.app.sharex.why': 'ShareX puede grabar la pantalla y subir lo que captura.',
  'apps.app.sharex.whatToDo': 'Si no está grabando a propósito, cierre ShareX antes de la sesión.',
  'apps.app.loom.why': 'Loom puede grabar la pantalla, la cámara y el micrófono.',
  'apps.app.loom.whatToDo': 'Si no está grabando a propósito, cierre Loom antes de la sesión.',
  'apps.app.bandicam.why': 'Bandicam puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.bandicam.whatToDo': 'Si no está grabando a propósito, cierre Bandicam antes de la sesión.',
  'apps.app.camtasia.why': 'Camtasia Recorder puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.camtasia.whatToDo': 'Si no está grabando a propósito, cierre Camtasia Recorder antes de la sesión.',
  'apps.app.simplescreenrecorder.why': 'SimpleScreenRecorder puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.simplescreenrecorder.whatToDo': 'Si no está grabando a propósito, cierre SimpleScreenRecorder antes de la sesión.',
  'apps.app.kazam.why': 'Kazam puede grabar la pantalla y el sonido de la llamada.',
  'apps.app.kazam.whatToDo': 'Si no está grabando a propósito, cierre Kazam antes de la sesión.',
  'apps.app.peek.why': 'Peek puede grabar la pantalla.',
  'apps.app.peek.whatToDo': 'Si no está grabando a propósito, cierre Peek antes de la sesión.',
  'apps.app.whatsapp.why': 'WhatsApp puede mostrar avisos de mensajes en la pantalla, y puede subir la libreta de contactos de su teléfono.',
  'apps.app.whatsapp.whatToDo': 'Cierre WhatsApp antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Subir los contactos es opcional: puede quitarle a WhatsApp el acceso a sus contactos en la configuración de su teléfono.',
  'apps.app.telegram.why': 'Telegram puede mostrar avisos de mensajes en la pantalla, y puede sincronizar los contactos de su teléfono.',
  'apps.app.telegram.whatToDo': 'Cierre Telegram antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Para dejar de sincronizar contactos, abra Ajustes > Privacidad y seguridad > Ajustes de datos y desactive Sincronizar contactos.',
  'apps.app.signal.why': 'Signal puede mostrar vistas previas de mensajes en la pantalla durante la sesión.',
  'apps.app.signal.whatToDo': 'Cierre Signal antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.messenger.why': 'Messenger puede mostrar avisos de mensajes en la pantalla, y puede subir los contactos de su teléfono.',
  'apps.app.messenger.whatToDo': 'Cierre Messenger antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Para dejar de subir contactos, desactive Subir contactos en la configuración de Messenger en su teléfono.',
  'apps.app.viber.why': 'Viber puede mostrar avisos de mensajes en la pantalla, y guarda una copia de los contactos de su teléfono en sus servidores.',
  'apps.app.viber.whatToDo': 'Cierre Viber antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Puede quitarle a Viber el acceso a sus contactos en la configuración de su teléfono.',
  'apps.app.wechat.why': 'WeChat puede mostrar avisos de mensajes en la pantalla, y puede usar los contactos de su teléfono.',
  'apps.app.wechat.whatToDo': 'Cierre WeChat antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.line.why': 'LINE puede mostrar avisos de mensajes en la pantalla, y puede agregar amigos desde la libreta de contactos de su teléfono.',
  'apps.app.line.whatToDo': 'Cierre LINE antes de la sesión, o active No molestar para que sus mensajes no aparezcan. En la configuración de notificaciones de LINE también puede desactivar la vista previa, y en su teléfono puede desactivar que agregue amigos solo.',
  'apps.app.kakaotalk.why': 'KakaoTalk puede mostrar avisos de mensajes en la pantalla, y agrega amigos desde los contactos de su teléfono.',
  'apps.app.kakaotalk.whatToDo': 'Cierre KakaoTalk antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Puede desactivar que le agreguen como amigo por número de teléfono en la configuración de KakaoTalk.',
  'apps.app.discord.why': 'Discord puede mostrar avisos de mensajes y llamadas en la pantalla, y su aplicación del teléfono puede sincronizar sus contactos.',
  'apps.app.discord.whatToDo': 'Cierre Discord antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.slack.why': 'Slack puede mostrar avisos de mensajes en la pantalla durante la sesión.',
  'apps.app.slack.whatToDo': 'Cierre Slack antes de la sesión, o active No molestar para que sus mensajes no aparezcan. Slack también puede pausar sus propias notificaciones por un rato.',
  'apps.app.element.why': 'Element puede mostrar avisos de mensajes en la pantalla durante la sesión.',
  'apps.app.element.whatToDo': 'Cierre Element antes de la sesión, o active No molestar para que sus mensajes no aparezcan.',
  'apps.app.messages.why': 'Messages (Mensajes) puede mostrar en la pantalla los textos de su teléfono y de sus contactos.',
  'apps.app.messages.whatToDo': 'Cierre Mensajes antes de la sesión, o active un modo de Concentración (Centro de control > Concentración) para que no aparezcan textos.',
  'apps.app.phone-link.why': 'Phone Link (Vínculo móvil) puede mostrar en la pantalla textos y llamadas de un teléfono vinculado.',
  'apps.app.phone-link.whatToDo': 'Si su teléfono está vinculado a esta computadora, active No molestar para que los textos de su teléfono no aparezcan durante la sesión.',
  'apps.app.kde-connect.why': 'KDE Connect puede mostrar en la pantalla textos y notificaciones de un teléfono vinculado.',
  'apps.app.kde-connect.whatToDo': 'Si su teléfono está vinculado, active No molestar para que sus notificaciones no aparezcan durante la sesión.',
  'apps.app.zoom.why': 'Zoom puede mostrar mensajes de chat y llamadas entrantes en la pantalla.',
  'apps.app.zoom.whatToDo': 'Si no usa Zoom para esta sesión, ciérrelo para que no aparezcan sus llamadas ni sus mensajes.',
  'apps.app.teams.why': 'Teams puede mostrar mensajes de chat y llamadas entrantes en la pantalla.',
  'apps.app.teams.whatToDo': 'Si no usa Teams para esta sesión, ciérrelo para que no aparezcan sus llamadas ni sus mensajes.',
  'apps.app.skype.why': 'Skype puede mostrar mensajes de chat y llamadas entrantes en la pantalla.',
  'apps.app.skype.whatToDo': 'Si no usa Skype para esta sesión, ciérrelo para que no aparezcan sus llamadas ni sus mensajes.',
  'apps.app.facetime.why': 'FaceTime puede sonar en esta computadora cuando alguien llama a su número de teléfono o a su Apple ID.',
  'apps.app.facetime.whatToDo': 'Si no usa FaceTime para esta sesión, ciérrelo, o active un modo de Concentración para que las llamadas no suenen aquí.',
  // ── end of the crisis line and prompts.

  // ── The report's own words (src/render/): feat/catalogue-render adds its keys here.
  // ── end of the report's own words.

  // ── Errors a person can meet (src/errors.ts, src/main.ts, src/files/, checklist files): feat/catalogue-render adds its keys here.
  // ── end of errors.
} as const satisfies Catalogue
