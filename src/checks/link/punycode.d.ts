// The npm package `punycode` by its file: in Node, the bare name is the deprecated built-in module.
// Its API is the built-in's, whose types @types/node carries.
declare module 'punycode/punycode.js' {
  import * as punycode from 'punycode'
  export default punycode
}
