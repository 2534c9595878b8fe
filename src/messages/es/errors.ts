/** Spanish: errors (the glossary is in src/messages/es/index.ts). */
import type { errors as english } from '../en/errors.js'

export const errors = {
  // ── Errors a person can meet (src/errors.ts, src/main.ts, src/files/, checklist files).
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
  'error.what.checklist': 'la lista de verificación',
  'error.what.answers': 'el archivo de respuestas',
  'error.source.notUtf8':
    'No se puede usar {what} {name}: no es un archivo de texto (no está en UTF-8); guárdelo como texto simple en YAML o JSON.',
  'error.source.binary':
    'No se puede usar {what} {name}: no es un archivo de texto (tiene datos binarios); guárdelo como texto simple en YAML o JSON.',
  'error.source.couldNotRead': 'No se pudo leer {what} {name}: {why}.',
  'error.source.noSchemeUrl':
    'No se pudo leer {what} {name}: ese archivo no existe. Si es una dirección web, escríbala con https:// al principio: {url}',
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
  'error.source.privateGiven':
    'No se puede usar la dirección de {what} {name}: lleva a {host}, que está dentro de una red privada (como la de una casa o una oficina) y no en internet, así que no se estableció contacto con esa dirección. La lista de un consultorio siempre está en una dirección https:// pública; pida a su terapeuta el enlace correcto.',
  'error.source.privateAddress':
    'No se puede usar la dirección de {what} {name}: lleva a {host}, que está dentro de una red privada (como la de una casa o una oficina) y no en internet, así que no se estableció contacto con esa dirección.',
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
  'error.schema.pattern.language': 'un código de idioma, como en o es',
  'error.schema.pattern.host':
    'un nombre de host, como doxy.me o suconsultorio.zoom.us, sin https:// ni ruta',
  'error.schema.pattern.id': 'letras minúsculas, números y guiones sueltos, como sala-tranquila',
  'error.schema.pattern.questionId': 'un id de pregunta: letras minúsculas, números y guiones sueltos',
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
  'error.yaml.tooDeep':
    'El archivo tiene más de {limit} niveles de anidación, y ninguna lista de verificación necesita tantos; escríbalo como la lista de ejemplo ({command} checklist init).',
  'error.yaml.tooManyEntries':
    'El archivo tiene más de {limit} entradas (campos y elementos de lista), muchas más de las que necesita una lista de verificación; deje solo las preguntas que responden sus clientes, como en la lista de ejemplo ({command} checklist init).',
  'error.yaml.tooManyAnchors':
    'El archivo usa más de {limit} anclas YAML (&nombre); escriba el texto completo, como en la lista de ejemplo ({command} checklist init).',
  'error.yaml.collectionKey':
    'Aquí un nombre de campo es una lista o un grupo entre corchetes o llaves; un nombre de campo es una sola palabra, como practice o questions.',
  'error.yaml.empty': 'El archivo está vacío.',
} as const satisfies { readonly [K in keyof typeof english]: string }
