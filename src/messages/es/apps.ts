/** Spanish: apps (the glossary is in src/messages/es/index.ts). */
import type { apps as english } from '../en/apps.js'

export const apps = {
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
    'Quick Assist (Asistencia rápida) permite que otra persona vea o controle esta computadora para brindarle ayuda.',
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
} as const satisfies { readonly [K in keyof typeof english]: string }
