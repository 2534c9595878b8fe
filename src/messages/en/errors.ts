/** English: errors (the whole catalogue is src/messages/en/index.ts). */
export const errors = {
  // ── Errors a person can meet (src/errors.ts, src/main.ts, src/files/, checklist files).
  // What went wrong with a file, and what to do: clauses that the sentences below take whole.
  'error.file.what.noFolder': 'the folder does not exist',
  'error.file.what.notFolder': 'part of that path is a file, not a folder',
  'error.file.what.noPermission': 'there is no permission to write there',
  'error.file.what.readOnly': 'that place is read-only',
  'error.file.what.diskFull': 'the disk is full',
  'error.file.what.quota': 'your storage allowance on this disk is used up',
  'error.file.what.tooBig': 'the file would be too big for that disk',
  'error.file.what.isFolder': 'that is a folder',
  'error.file.what.exists': 'a file of that name already exists',
  'error.file.what.nameTooLong': 'the name or path is too long',
  'error.file.what.loop': 'the path goes round in a loop of shortcuts (symbolic links)',
  'error.file.what.busy': 'the file is in use by another program',
  'error.file.what.tooManyOpen': 'this computer has too many files open right now',
  'error.file.what.diskError': 'the disk reported an error',
  'error.file.what.device': 'that is a device, not a file',
  'error.file.what.other': 'the computer would not allow it',
  'error.file.what.noSuchFile': 'there is no such file',
  'error.file.what.noPermissionToOpen': 'there is no permission to open it',
  'error.file.what.folderNotFile': 'that is a folder, not a file',
  'error.file.what.notAFile': 'it is not a file (it is a device or a socket)',
  'error.file.what.couldNotOpen': 'it could not be opened',
  'error.file.todo.checkFolderOrCreate': 'check the folder name, or create the folder first',
  'error.file.todo.checkFolder': 'check the folder name',
  'error.file.todo.ownFolder': 'choose a folder of your own, such as your Documents folder',
  'error.file.todo.freeSpace': 'free some space, or save to another disk',
  'error.file.todo.otherDisk': 'save to another disk',
  'error.file.todo.giveFileName': 'give a file name, such as report.html',
  'error.file.todo.otherName': 'choose another name',
  'error.file.todo.shorterName': 'use a shorter file name or a folder nearer the top',
  'error.file.todo.realFolder': 'give the real folder instead',
  'error.file.todo.closeProgram': 'close that program, or choose another name',
  'error.file.todo.closePrograms': 'close some programs and try again',
  'error.file.todo.tryAgainOrOtherDisk': 'try again, or save to another disk',
  'error.file.todo.otherFolder': 'try another folder',

  // Saving the report (-o, src/files/write-file.ts, src/main.ts).
  'error.save.cannot': 'Cannot save the report to {path}: {what}; {todo}.',
  'error.save.noFolder': 'Cannot save the report to {path}: the folder {folder} does not exist.',
  'error.save.folderNotWritable':
    'Cannot save the report to {path}: the folder {folder} cannot be written to.',
  'error.save.isFolder': 'Cannot save the report to {path}: that is a folder.',
  'error.save.failed':
    'Could not save the report to {path}: {what}. To save it, {todo}, then run the check again.',
  'error.save.shownAbove': 'The report is shown above.',

  // Reading a checklist or answers file, or a checklist link (src/checks/checklist/read-source.ts).
  // {what} is one of the two names below.
  'error.what.checklist': 'checklist',
  'error.what.answers': 'answers file',
  'error.source.notUtf8':
    'The {what} {name} is not a text file (it is not UTF-8); save it as plain text in YAML or JSON.',
  'error.source.binary':
    'The {what} {name} is not a text file (it holds binary data); save it as plain text in YAML or JSON.',
  'error.source.couldNotRead': 'Could not read the {what} {name}: {why}.',
  'error.source.noSchemeUrl':
    'Could not read the {what} {name}: there is no such file. If it is a web address, write it with https:// at the start: {url}',
  'error.source.notAFile':
    'Could not read the {what} {name}: it is {kind}, not a file; give the path of a .yaml or .json file.',
  'error.source.kind.folder': 'a folder',
  'error.source.kind.pipe': 'a pipe',
  'error.source.kind.socket': 'a socket',
  'error.source.kind.device': 'a device',
  'error.source.kilobytes': '{count} KB',
  'error.source.tooBigSized': 'The {what} {name} is too big ({size}); it can be at most {limit}.',
  'error.source.tooBig': 'The {what} {name} is too big; it can be at most {limit}.',
  'error.source.urlTooBig': 'The {what} at {name} is too big; it can be at most {limit}.',
  'error.source.invalidUrl': 'The {what} address {name} is not a valid URL.',
  'error.source.notHttps':
    'The {what} address {name} uses {scheme}, which is not allowed; only https:// addresses can be used, so the file cannot be changed on the way.',
  'error.source.redirectNotHttps':
    'The {what} address {name} redirects to {scheme}, which is not allowed; only https:// addresses can be used, so the file cannot be changed on the way.',
  'error.source.credentials':
    'The {what} address {name} has a user name or password in it; use an address without one.',
  'error.source.tooManyRedirects': 'The {what} address {name} redirects too many times.',
  'error.source.privateGiven':
    "The {what} address {name} leads to {host}, which is inside a private network (such as a home or office network) rather than on the internet, so it was not contacted; a practice's checklist is always on a public https:// address, so please ask your therapist for the right link.",
  'error.source.privateAddress':
    'The {what} address {name} redirects to {host}, which is inside a private network (such as a home or office network) rather than on the internet, so it was not contacted.',
  'error.source.httpStatus': 'Could not fetch the {what} from {name}: the server answered {status}.',
  'error.source.timeout':
    'Could not fetch the {what} from {name}: no answer within {seconds} seconds; try again later.',
  'error.source.timeoutMs':
    'Could not fetch the {what} from {name}: no answer within {milliseconds} ms; try again later.',
  'error.source.network': 'Could not fetch the {what} from {name}: {why}.',
  'error.source.notLocal': 'The {what} must be a file on this computer, not an address; you gave {name}.',
  'error.source.webPageLink':
    'The {what} link {name} opened a web page, not a checklist file (perhaps a sign-in page or a share link); ask for a direct link to the .yaml file.',
  'error.source.webPageFile':
    'The {what} {name} is a web page, not a checklist file; save the checklist itself as a .yaml file.',
  'error.network.dns': 'the address could not be found; check the spelling and that you are online',
  'error.network.offline': 'the server cannot be reached from this network; check that you are online',
  'error.network.proxy':
    'the proxy set on this computer (HTTPS_PROXY) did not let the request through; check that setting, or ask whoever set it up',
  'error.network.refused': 'the server refused the connection; check the address, or try again later',
  'error.network.closed': 'the connection was cut off before the whole file arrived; try again',
  'error.network.stalled': 'the server did not answer in time; try again later',
  'error.network.tls':
    "the server's security certificate is not trusted, so the file was not read; check the date and time on this computer, or ask for a link on another site",
  'error.network.other': 'the connection failed; check that you are online and try again',

  // A checklist or answers file with problems (src/checks/checklist/prepare.ts).
  'error.problems.unreadable': 'The {what} {name} could not be read.',
  'error.problems.one': 'The {what} {name} has a problem: {problem}',
  'error.problems.oneOnLine': 'The {what} {name} has a problem on line {line}: {problem}',
  'error.problems.many': 'The {what} {name} has {count} problems; the first is: {problem}',
  'error.problems.manyOnLine':
    'The {what} {name} has {count} problems; the first is on line {line}: {problem}',
  'error.problems.manySeeAll':
    'The {what} {name} has {count} problems (see them all with: {seeAll}); the first is: {problem}',
  'error.problems.manySeeAllOnLine':
    'The {what} {name} has {count} problems (see them all with: {seeAll}); the first is on line {line}: {problem}',
  'error.answers.missing':
    'The answers file {name} has no answer to the required question {questions}; add a line such as "{example}: yes" or "{example}: no" for each.',
  'error.answers.missingMany':
    'The answers file {name} has no answer to the required questions {questions}; add a line such as "{example}: yes" or "{example}: no" for each.',
  'error.note.webPage':
    'Note: the checklist link you were given opened a web page, not a checklist file, so the built-in questions were asked instead. Please tell your therapist, so they can send a direct link to the checklist file.',

  // checklist init (src/commands/checklist.ts): read by the practice that writes the file.
  'error.init.notYaml':
    'checklist init writes YAML, so the file name must end in .yaml or .yml; you gave {name}.',
  'error.init.isFolder': 'Cannot write the checklist to {name}: that is a folder.',
  'error.init.exists': '{name} already exists, so it was left as it is; add --force to replace it.',
  'error.init.failed': 'Could not write the checklist to {name}: {what}; {todo}.',

  // A checklist or answers file's problems (src/checks/checklist/parse-file.ts): where a field is,
  // as a sentence names it, and `Subject` as a sentence opens with it.
  'error.field.file': 'the file',
  'error.field.fileSubject': 'The file',
  'error.field.top': '"{name}"',
  'error.field.question': 'question {number}',
  'error.field.questionSubject': 'Question {number}',
  'error.field.questionWithId': 'question {number} ("{id}")',
  'error.field.questionWithIdSubject': 'Question {number} ("{id}")',
  'error.field.entry': 'entry {entry} of "{field}" in {question}',
  'error.field.entrySubject': 'Entry {entry} of "{field}" in {question}',
  'error.field.inQuestion': '"{field}" in {question}',
  'error.field.keyName': 'the name "{key}"',
  'error.field.keyNameSubject': 'The name "{key}"',
  'error.field.answersFile': 'the answers file',
  'error.field.answersFileSubject': 'The answers file',
  'error.field.answer': 'the answer to "{id}"',
  'error.field.answerSubject': 'The answer to "{id}"',
  'error.schema.typeName.string': 'text',
  'error.schema.typeName.array': 'a list',
  'error.schema.typeName.object': 'a set of "name: value" fields',
  'error.schema.typeName.integer': 'a whole number',
  'error.schema.typeName.number': 'a number',
  'error.schema.typeName.boolean': 'true or false',
  'error.schema.typeName.null': 'empty',
  'error.schema.type': '{field} must be {type}.',
  'error.schema.required': '{field} is missing "{property}".',
  'error.schema.pattern.language': 'a language code such as en or es',
  'error.schema.pattern.host':
    'a host name such as doxy.me or yourpractice.zoom.us, without https:// or a path',
  'error.schema.pattern.id': 'lowercase letters, digits and single dashes, such as quiet-room',
  'error.schema.pattern.questionId': 'a question id: lowercase letters, digits and single dashes',
  'error.schema.mustBe': '{field} must be {allowed}.',
  'error.schema.mustBeIs': '{field} must be {allowed}; it is {value}.',
  'error.schema.or': '{rest} or {last}',
  'error.schema.rightForm': 'in the right form',
  'error.schema.empty': '{field} is empty.',
  'error.schema.maxLength': '{field} is too long: at most {limit} characters, and it has {length}.',
  'error.schema.maxItems': '{field} has too many entries: at most {limit}.',
  'error.schema.minItems': '{field} needs at least {limit} entry.',
  'error.schema.uniqueItems': '{field} lists the same value twice.',
  'error.schema.other': '{field} {detail}.',
  'error.schema.notValid': '{field} is not valid.',
  'error.schema.unknownField':
    '{where} has a field "{key}" that checklists do not use; did you mean "{hint}"?',
  'error.schema.unknownFieldList':
    '{where} has a field "{key}" that checklists do not use; the fields are {fields}.',
  'error.yaml.DUPLICATE_KEY': 'The same field appears twice here; keep only one.',
  'error.yaml.TAB_AS_INDENT': 'A tab is used for indenting; use spaces instead.',
  'error.yaml.BAD_INDENT': 'The indenting here does not line up with the lines around it.',
  'error.yaml.MULTIPLE_DOCS': 'The file holds more than one document (a line with ---); keep only one.',
  'error.yaml.TAG_RESOLVE_FAILED':
    'A YAML tag (a word starting with !) is used here; checklists use plain text only.',
  'error.yaml.BAD_ALIAS': 'This uses a YAML alias (*name) that does not point to anything.',
  'error.yaml.RESOURCE_EXHAUSTION': 'The file is nested too deeply to read safely.',
  'error.yaml.other': 'The file cannot be read here ({detail}).',
  'error.yaml.aliasBomb':
    'The file repeats YAML aliases (*name) too many times to read safely; write the text out instead.',
  'error.yaml.tooComplex': 'The file is nested too deeply or is too complex to read safely.',
  'error.yaml.tooDeep':
    'The file is nested more than {limit} levels deep, which no checklist needs; write it as in the starter file ({command} checklist init).',
  'error.yaml.tooManyEntries':
    'The file has more than {limit} entries (fields and list items), far more than a checklist needs; keep only the questions your clients answer, as in the starter file ({command} checklist init).',
  'error.yaml.tooManyAnchors':
    'The file uses more than {limit} YAML anchors (&name); write the text out instead, as in the starter file ({command} checklist init).',
  'error.yaml.collectionKey':
    'A field name here is a list or a group in brackets or braces; a field name is one word, such as practice or questions.',
  'error.yaml.empty': 'The file is empty.',
} as const
