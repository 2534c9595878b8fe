import type { help as english } from '../en/help.js'

/** Español: `--help` (src/cli/program.ts). Flags, check ids and file names stay as they are typed. */
export const help = {
  'help.title.usage': 'Uso:',
  'help.title.options': 'Opciones:',
  'help.title.globalOptions': 'Opciones generales:',
  'help.title.commands': 'Comandos:',
  'help.title.arguments': 'Argumentos:',
  'help.title.examples': 'Ejemplos:',
  'help.default': '(predeterminado: {value})',
  'help.description':
    'Revisa que su computadora, su conexión y el lugar donde está estén listos para una sesión de terapia en línea.',
  'help.version': 'muestra la versión y termina',
  'help.help': 'muestra esta ayuda',
  'help.helpCommand': 'muestra la ayuda de un comando',
  'help.example.video': 'revisa todo para una sesión por video',
  'help.example.audio': 'para una sesión por teléfono (solo audio)',
  'help.example.output': 'además guarda un informe para adjuntar a un correo',
  'help.example.link': '¿este enlace de la sesión es de verdad de su terapeuta?',
  'help.example.json': 'un solo documento JSON, para scripts e integración continua',
  'help.exitCodes':
    'Códigos de salida:\n  0    listo (se aceptan advertencias, salvo con --strict)\n  1    no está listo, o una revisión no pudo hacerse\n  2    no pudo ejecutarse: una opción o un archivo no válidos, o un error interno\n  130  interrumpido (Ctrl-C)\n  143  detenido por SIGTERM\n\nRevisiones: {checks}. Documentación y aviso de privacidad: vea el README.',
  'help.opt.session': 'tipo de sesión: video, audio o text',
  'help.opt.only': 'hace solo estas revisiones (separadas por comas)',
  'help.opt.skip': 'omite estas revisiones (separadas por comas)',
  'help.opt.json': 'escribe un solo documento JSON en la salida; implica --no-input',
  'help.opt.output': 'además guarda el informe en un archivo (.json, .md, .html o .txt)',
  'help.opt.noInput': 'nunca hace preguntas',
  'help.opt.offline': 'no mide la conexión (ningún tráfico de red)',
  'help.opt.timeout': 'tiempo máximo para las revisiones automáticas',
  'help.opt.strict': 'trata las advertencias y las revisiones omitidas como no listo (sale con 1)',
  'help.opt.includeIdentifiers':
    'conserva en los informes guardados el nombre de la red, el BSSID, los nombres del equipo y del usuario, y el enlace de la sesión',
  'help.opt.checklist': 'usa la lista de verificación propia de un consultorio (YAML o JSON; solo https)',
  'help.opt.answers': 'responde la lista de verificación desde un archivo (YAML o JSON: id: yes|no)',
  'help.opt.link': 'además revisa el enlace de la sesión que le enviaron (vea: link --help)',
  'help.opt.server':
    'servidor de prueba de velocidad (protocolo de Cloudflare); predeterminado speed.cloudflare.com',
  'help.opt.stun': 'servidor STUN para la prueba de pérdida de datos',
  'help.opt.quick': 'una revisión de la conexión de 3 segundos en lugar de 10',
  'help.opt.maxData': 'lo máximo de datos que puede usar la revisión de la conexión, p. ej. 30MB',
  'help.opt.engine': 'motor de medición: builtin, u ookla (si usted lo elige)',
  'help.opt.acceptOokla': 'acepta la licencia de Ookla para --engine ookla',
  'help.opt.verbose': 'muestra los detalles medidos',
  'help.opt.debug': 'muestra tiempos y trazas de error',
  'help.opt.quiet': 'escribe solo la línea del resultado',
  'help.opt.lang':
    'idioma del informe, de las preguntas y de esta ayuda: {languages} (predeterminado: el idioma de su sistema)',
  'help.opt.color': 'fuerza los colores',
  'help.opt.noColor': 'sin colores',
  'help.serve.description':
    'ejecuta un servidor de prueba de velocidad con el que {app} puede medir (--server)',
  'help.serve.host': 'dirección en la que escucha',
  'help.serve.port': 'puerto TCP (la prueba UDP responde en el mismo puerto)',
  'help.serve.cert': 'certificado TLS (PEM); sirve HTTPS',
  'help.serve.key': 'clave privada TLS (PEM)',
  'help.serve.maxBytes': 'la descarga o subida más grande por solicitud',
  'help.serve.rate': 'condición simulada: limita cada sentido a estos Mbit/s',
  'help.serve.delay': 'condición simulada: agrega este retraso a cada respuesta',
  'help.serve.jitter': 'condición simulada: varía el retraso hasta este valor',
  'help.serve.udpDrop': 'condición simulada: descarta esta proporción de pruebas UDP',
  'help.serve.cors':
    'permite que las páginas web de este único origen usen el servidor (predeterminado: ninguno)',
  'help.serve.writeStatic':
    'escribe la página de revisión web como archivos estáticos en <dir> y termina (sin servidor)',
  'help.serve.endpoint': 'con --write-static: el servidor de velocidad con el que mide la página',
  'help.serve.maxConnections': 'máximo de conexiones abiertas a la vez (predeterminado: {value})',
  'help.serve.maxPerClient': 'máximo de conexiones desde una dirección de cliente (predeterminado: {value})',
  'help.serve.headerTimeout':
    'segundos para enviar los encabezados de la solicitud (predeterminado: {value})',
  'help.serve.requestTimeout':
    'segundos para enviar una solicitud completa, subida incluida (predeterminado: {value})',
  'help.serve.idleTimeout': 'segundos que queda abierta una conexión sin uso (predeterminado: {value})',
  'help.serve.stallTimeout': 'segundos sin avance antes de cerrar una conexión (predeterminado: {value})',
  'help.serve.maxRequests': 'solicitudes en una misma conexión abierta (predeterminado: {value})',
  'help.serve.stunRate': 'respuestas STUN por segundo a una dirección de origen (predeterminado: {value})',
  'help.serve.stunTotalRate': 'respuestas STUN por segundo en total (predeterminado: {value})',
  'help.serve.drainTimeout':
    'con Ctrl-C o SIGTERM, segundos para dejar terminar las solicitudes (predeterminado: {value})',
  'help.serve.after':
    'Límites fijos: {pipelined} solicitudes enviadas por adelantado por conexión, encabezado de {headKb} KB,\n{burst} respuestas STUN de inmediato por origen antes de aplicar --stun-rate, {sources} orígenes recordados,\n{queued} respuestas STUN demoradas en espera; se ignoran las solicitudes STUN desde puertos de origen menores que 1024.\nGET /healthz responde 200 mientras sirve (503 mientras se detiene). No se registra ninguna dirección de cliente.',
  'help.link.description':
    'revisa solo el enlace de la sesión que le enviaron: ¿es de verdad la plataforma de su terapeuta? Acepta las mismas opciones que una revisión completa (--offline, --json, -o, --checklist, --include-identifiers)',
  'help.link.examples':
    'Ejemplos:\n  $ {command} link "https://doxy.me/drsmith"\n  $ {command} link "https://riverside.zoom.us/j/…" --offline\n  Ponga el enlace entre comillas.',
  'help.checklist.description': 'escribe o revisa la lista de verificación propia de un consultorio',
  'help.checklist.init':
    'escribe una lista de verificación de ejemplo con comentarios (predeterminado: session-checklist.yaml)',
  'help.checklist.force': 'reemplaza el archivo si ya existe',
  'help.checklist.validate':
    'revisa un archivo o una URL https de lista de verificación y muestra cada problema',
} as const satisfies { readonly [K in keyof typeof english]: string }
