/** Spanish: checklist (the glossary is in src/messages/es/index.ts). */
import type { checklist as english } from '../en/checklist.js'

export const checklist = {
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
    'También puede responder la lista de verificación antes, en un archivo, y agregar --answers y el nombre del archivo al comando.',
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
    '{answered}; 1 respuesta necesita atención antes de que empiece su sesión{also}{skipped}.',
  'checklist.summary.failMany':
    '{answered}; {count} respuestas necesitan atención antes de que empiece su sesión{also}{skipped}.',
  'checklist.summary.warn': '{answered}; conviene revisar 1 respuesta antes de su sesión{skipped}.',
  'checklist.summary.warnMany':
    '{answered}; conviene revisar {count} respuestas antes de su sesión{skipped}.',
  'checklist.summary.passSkipped': '{answered}, y todo lo que respondió está en orden{skipped}.',
  'checklist.summary.pass': '{answered}, y todo está en orden.',

  // The built-in checklist (src/checks/checklist/default-questions.ts holds the sources).
  'checklist.q.private-space.text':
    '¿Está en un lugar privado, donde nadie pueda oír lo que dice ni ver su pantalla?',
  'checklist.q.private-space.why':
    'Lo que comparte en terapia solo es privado si nadie más lo puede oír o leer.',
  'checklist.q.private-space.fix':
    'Busque un cuarto donde pueda cerrar la puerta, o dígaselo a su terapeuta al empezar para decidir juntos qué hacer.',
  'checklist.q.safe-not-driving.text':
    '¿Está en un lugar seguro y no está manejando? (Un carro estacionado está bien.)',
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
  'checklist.q.headphones.why': 'Con audífonos, nadie a su alrededor puede oír la voz de su terapeuta.',
  'checklist.q.headphones.fix': 'Si tiene audífonos, conéctelos ahora; si no, mantenga el volumen bajo.',
  'checklist.q.callback-number.text':
    '¿Tiene su terapeuta un número de teléfono al que pueda llamar si se corta la conexión?',
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
    'En una sesión por teléfono (solo audio) su voz lo es todo: si el micrófono está silenciado, bloqueado u ocupado, su terapeuta no puede oír su voz.',
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
  // `checklist validate` and `checklist init` (src/commands/checklist.ts): what a therapist reads.
  'checklist.validate.valid': '{name} es una lista de verificación válida.',
  'checklist.validate.problemsOne': '{name} tiene 1 problema:',
  'checklist.validate.problemsMany': '{name} tiene {count} problemas:',
  'checklist.validate.problemOnLine': 'línea {line}: {problem}',
  'checklist.validate.placeholder':
    '"practice" todavía tiene el nombre de ejemplo "{placeholder}"; escriba ahí el nombre de su consultorio, tal como lo verán sus clientes al principio de su informe.',
  'checklist.validate.practice': '  Consultorio: {practice}',
  'checklist.validate.noPractice':
    '  Consultorio: sin nombre (agregue "practice: El nombre de su consultorio" para mostrarlo en el informe)',
  'checklist.validate.welcome': '  Bienvenida: {welcome}',
  'checklist.validate.meetingHosts': '  Servidores de las reuniones: {hosts}',
  'checklist.validate.mode.keep': '  Modo:     keep (solo las preguntas incluidas)',
  'checklist.validate.mode.add': '  Modo:     add (las preguntas incluidas, más las suyas: {count})',
  'checklist.validate.mode.replaceOne': '  Modo:     replace (solo su pregunta)',
  'checklist.validate.mode.replaceMany': '  Modo:     replace (solo sus {count} preguntas)',
  'checklist.validate.asks.video': '  Preguntas de una sesión por video ({count}): {ids}',
  'checklist.validate.asks.audio': '  Preguntas de una sesión por teléfono (solo audio) ({count}): {ids}',
  'checklist.validate.asks.text': '  Preguntas de una sesión por chat ({count}): {ids}',
  'checklist.validate.asksNone.video': '  Una sesión por video no hace ninguna de estas preguntas.',
  'checklist.validate.asksNone.audio':
    '  Una sesión por teléfono (solo audio) no hace ninguna de estas preguntas.',
  'checklist.validate.asksNone.text': '  Una sesión por chat no hace ninguna de estas preguntas.',
  'checklist.validate.yours': '{id} (suya)',
  'checklist.validate.dropped':
    '    Se dejan fuera, para no pasar de {max} preguntas (las suyas siempre se hacen): {ids}',
  'checklist.validate.tooMany':
    '  Nota: más de {max} preguntas le toman más de un minuto a un cliente nervioso; las preguntas incluidas ceden su lugar a las suyas para no pasar de {max}.',
  'checklist.validate.otherLanguages':
    '  Nota: {app} habla solo {spoken}, así que ningún cliente elige leer {others}: un texto en {others} solo se muestra cuando va primero y falta el idioma del cliente.',
  // The starter file `checklist init` writes (src/checks/checklist/starter.ts), in the run's language.
  // The YAML field names and values (mode, level, sessions) stay as the format spells them.
  'checklist.starter.intro':
    'Una lista de verificación para {app}: las preguntas que sus clientes responden antes de una sesión.',
  'checklist.starter.howTo':
    'Revisarla:   {command} checklist validate {file}\nProbarla:    {command} --checklist {file}\nCompartirla: súbala a su sitio web (solo https) y envíe a sus clientes\n             {command} --checklist https://su-consultorio.example/{base}',
  'checklist.starter.comments':
    'Las líneas que empiezan con # son comentarios. Use espacios para la sangría, no tabulaciones.',
  'checklist.starter.languages':
    'Cada texto (practice, welcome, y el text, why y fix de cada pregunta) puede ser un solo texto\npara todos, o el mismo texto por idioma; cada cliente lee su idioma, o si no, el primero:\n  text:\n    es: ¿Llenó el formulario de admisión que le enviamos por correo?\n    en: Have you filled in the intake form we emailed you?\n  ({app} habla {languages}; checklist validate avisa si un texto no tiene alguno.)',
  'checklist.starter.version': 'La versión del formato. Déjela en 1.',
  'checklist.starter.practice':
    'El nombre de su consultorio, que aparece arriba en el informe del cliente (80 caracteres como máximo).\nCambie el texto de ejemplo: checklist validate no acepta el archivo hasta que lo haga.',
  'checklist.starter.placeholder': 'Nombre de su consultorio',
  'checklist.starter.welcome':
    'Opcional: una línea breve y amable que aparece bajo el nombre (200 caracteres como máximo).',
  'checklist.starter.welcomeText': 'Gracias por revisar todo antes de nuestra sesión. Nos vemos pronto.',
  'checklist.starter.meetingHosts':
    'Opcional: los dominios que usan los enlaces de sus sesiones. Si un cliente revisa un enlace suyo\n({command} link "https://…" --checklist …), se le avisa cuando lleva a otro sitio.',
  'checklist.starter.mode':
    'Qué hacer con las preguntas incluidas (7 u 8 para cada tipo de sesión):\n  keep     hacer solo las preguntas incluidas (y quitar "questions")\n  add      hacer las preguntas incluidas y las suyas; una pregunta suya con el\n           id de una incluida cambia la redacción de esa pregunta\n  replace  hacer solo sus preguntas\nLos id de las preguntas incluidas son:',
  'checklist.starter.questions':
    'Sus preguntas. Cada una se responde con sí o no; redáctela de modo que "sí" signifique listo.\nNunca pida una dirección, un teléfono ni un nombre: {app} solo pregunta sí o no,\ny nunca guarda ni muestra esos datos.',
  'checklist.starter.id':
    'Un nombre corto para la pregunta, único en este archivo: minúsculas, dígitos y guiones.',
  'checklist.starter.text': 'La pregunta en sí (200 caracteres como máximo).',
  'checklist.starter.textExample': '¿Llenó el formulario de admisión que le enviamos por correo?',
  'checklist.starter.why': 'Por qué importa, en una oración (300 caracteres como máximo).',
  'checklist.starter.whyExample': 'Así dedicamos la primera sesión a usted y no al papeleo.',
  'checklist.starter.fix': 'Qué hacer si la respuesta es no, en una oración (300 caracteres como máximo).',
  'checklist.starter.fixExample': 'Abra nuestro correo y llene el formulario; toma unos cinco minutos.',
  'checklist.starter.level':
    'required: un "no" significa que el cliente todavía no está listo. advisory: un "no" es una advertencia.\nSi lo quita, la pregunta es required.',
  'checklist.starter.sessions':
    'Los tipos de sesión que la hacen: video, audio, text. Quítelo para los tres.',
  'checklist.starter.cap':
    'Una sesión hace {max} preguntas como máximo, para que un cliente nervioso termine en un minuto.\nSus preguntas siempre se hacen; las incluidas ocupan los lugares que quedan, las más\nimportantes primero. checklist validate muestra qué hace y qué deja fuera cada tipo de sesión.',
  'checklist.init.wrote': 'Se escribió una lista de verificación de ejemplo en {name}.',
  'checklist.init.next': 'Edítela y luego revísela con: {command} checklist validate {name}',
} as const satisfies { readonly [K in keyof typeof english]: string }
