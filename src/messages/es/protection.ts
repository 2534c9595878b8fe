/** Español: protección (el catálogo entero está en src/messages/es/index.ts). */
import type { protection as english } from '../en/protection.js'

export const protection = {
  // How the report names this check in "… was not checked" (src/render/wording.ts).
  'report.check.protection': 'la protección de esta computadora',
  'report.checkAsSubject.protection': 'la protección de esta computadora',
  'protection.title': 'Protección de esta computadora',
  'protection.activity': 'Revisando cómo esta computadora protege su privacidad',
  'protection.label.encryption': 'Cifrado del disco',
  'protection.label.screenLock': 'Bloqueo de pantalla',
  'protection.label.updates': 'Actualizaciones de seguridad',
  'protection.label.malware': 'Protección contra virus',
  'protection.label.firewall': 'Firewall',
  'protection.label.system': 'Sistema',
  'protection.value.on': 'activado',
  'protection.value.off': 'desactivado',
  'protection.value.encrypting': 'activándose ahora',
  'protection.value.decrypting': 'desactivándose',
  'protection.value.paused': 'en pausa',
  'protection.value.homeUnencrypted': 'activado, pero no para /home',
  'protection.value.lockOff': 'no se bloquea sola',
  'protection.value.lockAfter': 'se bloquea tras {minutes} min de ausencia',
  'protection.value.lockSoon': 'se bloquea en menos de un minuto',
  'protection.value.updatesUntil': 'sí, hasta el {date}',
  'protection.value.updatesCurrent': 'sí, para esta versión',
  'protection.value.updatesEnded': 'ya no',
  'protection.value.updatesEndedOn': 'terminaron el {date}',
  'protection.value.rolling': 'sí, mientras usted las instale',
  'protection.value.gatekeeperOn': 'Gatekeeper activado',
  'protection.value.gatekeeperOff': 'Gatekeeper desactivado',
  'protection.value.outdated': 'activado, pero sin actualizar',
  'protection.unknown.missing': 'no se pudo revisar: falta en esta computadora un programa que se necesita',
  'protection.unknown.timeout': 'no se pudo revisar: la computadora no respondió a tiempo',
  'protection.unknown.denied':
    'no se pudo revisar: esta computadora no nos deja leerlo (en una computadora del trabajo, lo decide su equipo de informática)',
  'protection.unknown.unreadable': 'no se pudo revisar: no reconocimos la respuesta de la computadora',
  'protection.unknown.no-disk':
    'no se pudo revisar: no encontramos el disco donde está el sistema (como pasa en un contenedor)',
  'protection.unknown.no-desktop':
    'no se pudo revisar: leemos el bloqueo de pantalla de los escritorios GNOME y KDE, y aquí no hay ninguno de los dos',
  'protection.unknown.unknown-system': 'no se pudo revisar: no tenemos fechas para esta versión del sistema',
  'protection.unknown.unsupported-os': 'no se pudo revisar: no se lee en este tipo de sistema',
  'protection.date': '{day} de {month} de {year}',
  'protection.month.1': 'enero',
  'protection.month.2': 'febrero',
  'protection.month.3': 'marzo',
  'protection.month.4': 'abril',
  'protection.month.5': 'mayo',
  'protection.month.6': 'junio',
  'protection.month.7': 'julio',
  'protection.month.8': 'agosto',
  'protection.month.9': 'septiembre',
  'protection.month.10': 'octubre',
  'protection.month.11': 'noviembre',
  'protection.month.12': 'diciembre',
  'protection.summary.good':
    'Todo lo que revisamos sobre cómo esta computadora protege su privacidad está bien.',
  'protection.summary.goodPartly': 'Lo que pudimos revisar está bien; no pudimos revisar {parts}.',
  'protection.part.encryption': 'el cifrado del disco',
  'protection.part.screenLock': 'el bloqueo de pantalla',
  'protection.part.updates': 'las actualizaciones de seguridad',
  'protection.part.malware': 'la protección contra virus',
  'protection.part.firewall': 'el firewall',
  'protection.summary.nothing': 'No pudimos revisar cómo esta computadora protege su privacidad.',
  'protection.summary.many':
    'Vale la pena revisar {count} cosas sobre cómo esta computadora protege su privacidad.',
  'protection.summary.encryption.off.darwin':
    'FileVault está desactivado: si perdiera esta Mac, alguien podría leer lo que tiene, incluidos sus mensajes con su terapeuta.',
  'protection.summary.encryption.off.win32':
    'El disco de esta computadora no está cifrado: si la perdiera, alguien podría leer lo que tiene, incluidos sus mensajes con su terapeuta.',
  'protection.summary.encryption.off.linux':
    'El disco de esta computadora no está cifrado: si la perdiera, alguien podría leer lo que tiene, incluidos sus mensajes con su terapeuta.',
  'protection.summary.encryption.home.linux':
    'El disco del sistema está cifrado, pero /home, donde están sus propios archivos, está en un disco que no lo está.',
  'protection.summary.encryption.paused.win32':
    'BitLocker está en pausa en esta computadora, así que su disco no está protegido en este momento.',
  'protection.summary.encryption.decrypting':
    'Se está desactivando el cifrado del disco de esta computadora.',
  'protection.step.encryption.off.darwin':
    'Active FileVault en Configuración del Sistema → Privacidad y seguridad → FileVault, y guarde la clave de recuperación en un lugar seguro. Así, si perdiera esta Mac, nadie podría leer sus mensajes con su terapeuta.',
  'protection.step.encryption.off.win32':
    'Active el cifrado en Configuración → Privacidad y seguridad → Cifrado de dispositivo (en Windows Pro: Panel de control → Sistema y seguridad → Cifrado de unidad BitLocker → Activar BitLocker). Así, si perdiera esta computadora portátil, nadie podría leer sus mensajes con su terapeuta.',
  'protection.step.encryption.paused.win32':
    'Abra Panel de control → Sistema y seguridad → Cifrado de unidad BitLocker y haga clic en "Reanudar protección" (con Cifrado de dispositivo, inicie sesión en Windows con una cuenta Microsoft para terminar). Así, una computadora perdida mantiene privados sus mensajes de terapia.',
  'protection.step.encryption.off.linux':
    'Linux solo puede cifrar todo el disco al instalarse: la próxima vez, elija la opción de cifrado del instalador (Ubuntu: "Funciones avanzadas" → "Usar LVM y cifrado"). Mientras tanto, no guarde notas de terapia ni informes en esta computadora, o guárdelos en una carpeta cifrada.',
  'protection.step.encryption.home.linux':
    'Pida a quien instaló esta computadora que cifre también el disco de /home (con LUKS), o guarde las notas de terapia y los informes en el disco del sistema, que sí está cifrado.',
  'protection.step.encryption.decrypting':
    'Si no quería desactivarlo, vuelva a activarlo donde lo desactivó (FileVault, BitLocker o Cifrado de dispositivo). El cifrado mantiene privados sus mensajes de terapia si pierde la computadora.',
  'protection.summary.screenLock.off.darwin': 'Esta Mac no bloquea la pantalla sola cuando usted se aleja.',
  'protection.summary.screenLock.off.win32':
    'Parece que Windows no bloquea la pantalla solo cuando usted se aleja.',
  'protection.summary.screenLock.off.desktop':
    'Su escritorio no bloquea la pantalla solo cuando usted se aleja.',
  'protection.summary.screenLock.late.darwin':
    'Esta Mac bloquea la pantalla solo después de {minutes} minutos de ausencia.',
  'protection.summary.screenLock.late.win32':
    'Windows bloquea la pantalla solo después de {minutes} minutos de ausencia.',
  'protection.summary.screenLock.late.desktop':
    'Su escritorio bloquea la pantalla solo después de {minutes} minutos de ausencia.',
  'protection.summary.screenLock.managed':
    'Su lugar de trabajo configura el bloqueo de pantalla de esta computadora, y se bloquea tarde o no se bloquea sola.',
  'protection.step.screenLock.darwin':
    'Abra Configuración del Sistema → Pantalla bloqueada, ponga "Iniciar el protector de pantalla cuando esté inactivo" en 10 minutos o menos y "Solicitar contraseña después de que comience el protector de pantalla o se apague la pantalla" en "Inmediatamente". Así, nadie que pase podrá leer su chat con su terapeuta mientras usted no está.',
  'protection.step.screenLock.win32':
    'Abra Configuración → Personalización → Pantalla de bloqueo → Protector de pantalla, elija un protector, ponga "Esperar" en 10 minutos o menos y marque "Mostrar la pantalla de inicio de sesión al reanudar". Así, nadie que pase podrá leer su chat con su terapeuta mientras usted no está.',
  'protection.step.screenLock.gnome':
    'Abra Configuración → Privacidad y seguridad → Bloqueo de pantalla (en versiones anteriores: Configuración → Privacidad), active "Bloqueo automático de la pantalla" y ponga el retardo para apagar la pantalla en 10 minutos o menos. Así, nadie que pase podrá leer su chat con su terapeuta mientras usted no está.',
  'protection.step.screenLock.kde':
    'Abra Preferencias del sistema → Seguridad y privacidad → Bloqueo de pantalla (Plasma 5: Comportamiento del espacio de trabajo → Bloqueo de pantalla) y bloquee la pantalla automáticamente tras 10 minutos o menos. Así, nadie que pase podrá leer su chat con su terapeuta mientras usted no está.',
  'protection.step.screenLock.managed':
    'En una computadora del trabajo, esto lo decide su equipo de informática: pregúnteles. Mientras tanto, bloquee la pantalla usted mismo al alejarse (tecla Windows y L, o Control, Comando y Q en una Mac).',
  'protection.summary.updates.ended.windows10':
    'Windows 10 ya no recibe actualizaciones de seguridad: terminaron el {date}.',
  'protection.summary.updates.ended.windows11':
    'Esta versión de Windows ({name}) ya no recibe actualizaciones de seguridad: terminaron el {date}.',
  'protection.summary.updates.ended.windowsOld':
    'Esta versión de Windows ya no recibe actualizaciones de seguridad.',
  'protection.summary.updates.ended.macos':
    '{name} ya no recibe todas las actualizaciones de seguridad de Apple.',
  'protection.summary.updates.ended.linux':
    '{name} ya no recibe actualizaciones de seguridad: terminaron el {date}.',
  'protection.summary.updates.ended.linuxOld': '{name} ya no recibe actualizaciones de seguridad.',
  'protection.summary.updates.ending': '{name} recibe actualizaciones de seguridad solo hasta el {date}.',
  'protection.step.updates.ended.windows10':
    'Actualice a Windows 11 en Configuración → Actualización y seguridad → Windows Update, si esta computadora puede usarlo. En una computadora del trabajo, pregunte a su equipo de informática, que quizás pague por más tiempo de actualizaciones.',
  'protection.step.updates.ended.windows11':
    'Instale la versión más nueva de Windows 11 en Configuración → Windows Update (la "actualización de características"). Las actualizaciones cierran los huecos que usan los virus para leer lo que hay en una computadora.',
  'protection.step.updates.ended.macos':
    'Actualice a la versión de macOS más nueva que acepte esta Mac, en Configuración del Sistema → General → Actualización de software. Las actualizaciones cierran los huecos que podrían dejar a alguien leer sus mensajes de terapia.',
  'protection.step.updates.ended.linux':
    'Actualice a una versión que todavía reciba actualizaciones de seguridad (el actualizador de software de su sistema, o su guía de actualización, explica cómo). Las actualizaciones cierran los huecos que podrían dejar a alguien leer sus mensajes de terapia.',
  'protection.step.updates.ending.windows':
    'Planee instalar la versión más nueva de Windows antes de esa fecha, en Configuración → Windows Update, para seguir recibiendo las actualizaciones que protegen sus mensajes de terapia.',
  'protection.step.updates.ending.linux':
    'Planee actualizar a la siguiente versión antes de esa fecha (el actualizador de software de su sistema, o su guía de actualización, explica cómo), para seguir recibiendo las actualizaciones que protegen sus mensajes de terapia.',
  'protection.step.tableOld':
    'Las fechas que conoce {app} son del {date}, hace más de un año: una versión más nueva de {app} conoce fechas más recientes.',
  'protection.summary.malware.off.win32': 'No hay ningún antivirus activado en Seguridad de Windows.',
  'protection.summary.malware.outdated.win32':
    'Su antivirus está activado, pero indica que no está actualizado.',
  'protection.summary.malware.gatekeeper.darwin':
    'Gatekeeper está desactivado, así que esta Mac abre aplicaciones sin revisar quién las hizo.',
  'protection.step.malware.off.win32':
    'Abra Configuración → Privacidad y seguridad → Seguridad de Windows → Protección antivirus y contra amenazas y active "Protección en tiempo real" (o vuelva a activar su propio antivirus). Detiene programas que podrían espiar sus sesiones o leer sus mensajes.',
  'protection.step.malware.outdated.win32':
    'Abra Configuración → Privacidad y seguridad → Seguridad de Windows → Protección antivirus y contra amenazas → Actualizaciones de protección y haga clic en "Buscar actualizaciones". Un antivirus al día detecta los programas espía nuevos.',
  'protection.step.malware.gatekeeper.darwin':
    'Abra Configuración del Sistema → Privacidad y seguridad y, en "Permitir aplicaciones de", elija "App Store y desarrolladores conocidos". Así no entran en esta Mac aplicaciones que podrían espiar sus sesiones.',
  'protection.summary.firewall.off.darwin': 'El firewall de esta Mac está desactivado.',
  'protection.summary.firewall.off.win32':
    'El Firewall de Windows Defender está desactivado para la red en la que está.',
  'protection.step.firewall.off.darwin':
    'Actívelo en Configuración del Sistema → Red → Firewall. Impide que otras computadoras de la misma red wifi, como en un café o un hotel, lleguen a esta Mac.',
  'protection.step.firewall.off.win32':
    'Actívelo en Configuración → Privacidad y seguridad → Seguridad de Windows → Firewall y protección de red. Impide que otras computadoras de la misma red wifi, como en un café o un hotel, lleguen a esta.',
  'protection.step.workComputer':
    'En una computadora del trabajo, estas opciones las decide su equipo de informática: pregúnteles antes de cambiar algo.',
} as const satisfies Record<keyof typeof english, string>
