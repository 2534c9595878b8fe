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
  'main.usage.missingArgument': 'Falta algo al final del comando: {argument}.',
  'main.usage.optionNeedsValue': '{option} necesita un valor después.',
  'main.usage.other': 'No se pudo leer esa línea de comandos.',
  'main.usage.help': 'Escriba {command} --help para ver las opciones.',
  'main.usage.needsSubcommand':
    '"{parent}" necesita uno de estos: {choices}. Escriba {command} {parent} --help para verlos.',
  'main.usage.missingCommand': 'Falta un comando. Escriba {command} --help para verlos.',
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
