/** Spanish: common (the glossary is in src/messages/es/index.ts). */
import type { common as english } from '../en/common.js'

export const common = {
  // src/checks/run-checks.ts: a check that could not finish.
  'run.error.advice':
    'Vuelva a escribir {command}. Si vuelve a pasar, su sesión puede seguir igual; dígale a su terapeuta qué parte no se pudo revisar.',
  'run.error.timeout': 'Esta revisión tardó más de {seconds} segundos, así que se detuvo.',
  'run.error.timeoutMs': 'Esta revisión tardó más de {milliseconds} milisegundos, así que se detuvo.',
  'run.error.crash': 'Esta revisión se detuvo de forma inesperada, así que esta parte no se pudo revisar.',

  // Lists: "Zoom", "Zoom and Skype", "Zoom, Skype and Teams".
  'list.and': '{rest} y {last}',
  'list.comma': '{first}, {next}',

  // ── Check titles and progress activities, the header and the progress line.
  // The languages by their own names, for `--lang`'s error ("es (español)").
  'language.name': 'español',
  'language.choice': '{code} ({name})',
  'language.unsupported': '--lang acepta uno de estos idiomas: {languages}; usted escribió "{value}".',

  // The live progress line on stderr: what is running, and the seconds so far.
  'progress.line': '{activities} … {seconds} s',
  'progress.finishing': 'Terminando',

  // A yes/no question in the terminal: the hint after it, the words it accepts, the answer it shows.
  'prompt.hint': 's/n',
  'prompt.again': 'Escriba s para sí o n para no, y presione Enter.',
  'prompt.yesWords': 's, sí, si, y, yes',
  'prompt.noWords': 'n, no',
  'prompt.yes': 'Sí',
  'prompt.no': 'No',
  // Errores de uso de commander (src/cli/commander-errors.ts).
  'main.usage.unknownOption': 'No existe la opción {option}.',
  'main.usage.unknownOptionMean': 'No existe la opción {option}. ¿Quiso decir {suggestion}?',
  'main.usage.unknownCommand': '"{word}" no es un comando de {app}.',
  'main.usage.unknownCommandMean': '"{word}" no es un comando de {app}. ¿Quiso decir {suggestion}?',
  'main.usage.tooMany': 'Hay más palabras en la línea de comandos de las que {app} espera.',
  'main.usage.missingArgument': 'Falta una palabra al final del comando: {argument}.',
  'main.usage.tooManyFor': 'Hay más palabras después de "{word}" de las que acepta; quite las que sobran.',
  'main.usage.optionNeedsValue': '{option} necesita un valor después.',
  'main.usage.other': 'No se pudo leer esa línea de comandos.',
  'main.usage.help': 'Escriba {command} --help para ver las opciones.',
  'main.usage.needsSubcommand':
    '"{parent}" necesita uno de estos: {choices}. Escriba {command} {parent} --help para verlos.',
  'main.usage.missingCommand': 'Falta un comando. Escriba {command} --help para verlos.',
  // Opciones de una revisión con un valor que no se puede usar (src/cli/options.ts).
  'flag.session': '--session acepta uno de estos valores: {choices}; usted escribió "{value}".',
  'flag.notChecks': '{flag}: "{names}" no es una revisión; las revisiones son {checks}.',
  'flag.noChecks': '{flag}: no se nombró ninguna revisión; las revisiones son {checks}.',
  'flag.timeout': '--timeout acepta un número de segundos de 1 a 3600; usted escribió "{value}".',
  'flag.size': '{flag} acepta un tamaño como 30MB o 500KB; usted escribió "{value}".',
  'flag.output':
    '-o/--output necesita un nombre de archivo que termine en .json, .md, .html o .txt; usted escribió "{value}".',
  'flag.server':
    '--server necesita una dirección web como https://speed.example.org; "{value}" no es una dirección válida.',
  'flag.quietVerbose': '--quiet y --verbose piden cosas opuestas; use solo una de las dos.',
  'flag.offlineChecklistUrl':
    '--offline significa que no se usa la red, así que la lista de verificación no se puede descargar de su enlace; guarde el archivo en esta computadora y escriba su nombre después de --checklist, o quite --offline.',
  'flag.engine': '--engine acepta builtin u ookla; usted escribió "{value}".',
  'main.saved': 'Se guardó el informe en {path}.',
  'main.stopped': 'Se detuvo. No se guardó nada.',
  'main.unexpected':
    '{app} tuvo un problema inesperado: {problem}. Vuelva a ejecutarlo; --debug muestra los detalles.',
  'main.unexpectedSentence':
    '{app} tuvo un problema inesperado: {problem} Vuelva a ejecutarlo; --debug muestra los detalles.',
  'main.offerCopy': '¿Quiere guardar una copia de este informe para enviársela a su terapeuta?',
  'main.copySaved': 'Se guardó una copia del informe en {path}',
  'main.copyAttach': 'Puede adjuntarla a un correo electrónico para su terapeuta.',
} as const satisfies { readonly [K in keyof typeof english]: string }
