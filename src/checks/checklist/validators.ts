/* eslint-disable */
// @ts-nocheck
// Generated from schema.ts by `npm run validators` (test/helpers/checklist-validators.ts): do not edit.
// Compiled ahead of time, so no schema is compiled with eval at run time (a strict page forbids it).
import type { ValidateFunction } from 'ajv'
import * as runtime_ucs2length_module from 'ajv/dist/runtime/ucs2length.js'
const runtime_ucs2length = commonJsFunction(runtime_ucs2length_module)
import * as runtime_equal_module from 'ajv/dist/runtime/equal.js'
const runtime_equal = commonJsFunction(runtime_equal_module)
function commonJsFunction(module) {
  let value = module
  while (value && typeof value !== 'function') value = value.default
  return value
}
export const validateChecklist = validate10 as unknown as ValidateFunction
const schema11 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    practice: {
      type: ['string', 'object'],
      maxLength: 80,
      pattern: '\\S',
      description: 'some text',
      minProperties: 1,
      propertyNames: {
        pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
        description: 'a language code such as en or es',
      },
      additionalProperties: { type: 'string', maxLength: 80, pattern: '\\S', description: 'some text' },
    },
    welcome: {
      type: ['string', 'object'],
      maxLength: 200,
      pattern: '\\S',
      description: 'some text',
      minProperties: 1,
      propertyNames: {
        pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
        description: 'a language code such as en or es',
      },
      additionalProperties: { type: 'string', maxLength: 200, pattern: '\\S', description: 'some text' },
    },
    meetingHosts: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      items: {
        type: 'string',
        maxLength: 253,
        pattern:
          '^(?=[^.]{1,63}(\\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
        description: 'a host name such as doxy.me or yourpractice.zoom.us, without https:// or a path',
      },
    },
    mode: { enum: ['keep', 'add', 'replace'] },
    questions: {
      type: 'array',
      maxItems: 30,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'why', 'fix'],
        properties: {
          id: {
            type: 'string',
            maxLength: 40,
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'lowercase letters, digits and single dashes, such as quiet-room',
          },
          text: {
            type: ['string', 'object'],
            maxLength: 200,
            pattern: '\\S',
            description: 'some text',
            minProperties: 1,
            propertyNames: {
              pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
              description: 'a language code such as en or es',
            },
            additionalProperties: {
              type: 'string',
              maxLength: 200,
              pattern: '\\S',
              description: 'some text',
            },
          },
          why: {
            type: ['string', 'object'],
            maxLength: 300,
            pattern: '\\S',
            description: 'some text',
            minProperties: 1,
            propertyNames: {
              pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
              description: 'a language code such as en or es',
            },
            additionalProperties: {
              type: 'string',
              maxLength: 300,
              pattern: '\\S',
              description: 'some text',
            },
          },
          fix: {
            type: ['string', 'object'],
            maxLength: 300,
            pattern: '\\S',
            description: 'some text',
            minProperties: 1,
            propertyNames: {
              pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
              description: 'a language code such as en or es',
            },
            additionalProperties: {
              type: 'string',
              maxLength: 300,
              pattern: '\\S',
              description: 'some text',
            },
          },
          level: { enum: ['required', 'advisory'] },
          sessions: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: ['video', 'audio', 'text'] },
          },
        },
      },
    },
  },
}
const func2 = runtime_ucs2length
const func0 = runtime_equal
const pattern0 = new RegExp('\\S', 'u')
const pattern1 = new RegExp('^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'u')
const pattern6 = new RegExp(
  '^(?=[^.]{1,63}(\\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
  'u',
)
const pattern7 = new RegExp('^[a-z0-9]+(-[a-z0-9]+)*$', 'u')
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        !(
          key0 === 'version' ||
          key0 === 'practice' ||
          key0 === 'welcome' ||
          key0 === 'meetingHosts' ||
          key0 === 'mode' ||
          key0 === 'questions'
        )
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data,
        }
        if (vErrors === null) {
          vErrors = [err0]
        } else {
          vErrors.push(err0)
        }
        errors++
      }
    }
    if (data.version !== undefined) {
      let data0 = data.version
      if (1 !== data0) {
        const err1 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
          schema: 1,
          parentSchema: schema11.properties.version,
          data: data0,
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    if (data.practice !== undefined) {
      let data1 = data.practice
      if (typeof data1 !== 'string' && !(data1 && typeof data1 == 'object' && !Array.isArray(data1))) {
        const err2 = {
          instancePath: instancePath + '/practice',
          schemaPath: '#/properties/practice/type',
          keyword: 'type',
          params: { type: schema11.properties.practice.type },
          message: 'must be string,object',
          schema: schema11.properties.practice.type,
          parentSchema: schema11.properties.practice,
          data: data1,
        }
        if (vErrors === null) {
          vErrors = [err2]
        } else {
          vErrors.push(err2)
        }
        errors++
      }
      if (typeof data1 === 'string') {
        if (func2(data1) > 80) {
          const err3 = {
            instancePath: instancePath + '/practice',
            schemaPath: '#/properties/practice/maxLength',
            keyword: 'maxLength',
            params: { limit: 80 },
            message: 'must NOT have more than 80 characters',
            schema: 80,
            parentSchema: schema11.properties.practice,
            data: data1,
          }
          if (vErrors === null) {
            vErrors = [err3]
          } else {
            vErrors.push(err3)
          }
          errors++
        }
        if (!pattern0.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/practice',
            schemaPath: '#/properties/practice/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "' + '\\S' + '"',
            schema: '\\S',
            parentSchema: schema11.properties.practice,
            data: data1,
          }
          if (vErrors === null) {
            vErrors = [err4]
          } else {
            vErrors.push(err4)
          }
          errors++
        }
      }
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err5 = {
            instancePath: instancePath + '/practice',
            schemaPath: '#/properties/practice/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.practice,
            data: data1,
          }
          if (vErrors === null) {
            vErrors = [err5]
          } else {
            vErrors.push(err5)
          }
          errors++
        }
        for (const key1 in data1) {
          const _errs5 = errors
          if (typeof key1 === 'string') {
            if (!pattern1.test(key1)) {
              const err6 = {
                instancePath: instancePath + '/practice',
                schemaPath: '#/properties/practice/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
                message: 'must match pattern "' + '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' + '"',
                schema: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
                parentSchema: schema11.properties.practice.propertyNames,
                data: key1,
                propertyName: key1,
              }
              if (vErrors === null) {
                vErrors = [err6]
              } else {
                vErrors.push(err6)
              }
              errors++
            }
          }
          var valid1 = _errs5 === errors
          if (!valid1) {
            const err7 = {
              instancePath: instancePath + '/practice',
              schemaPath: '#/properties/practice/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
              schema: schema11.properties.practice.propertyNames,
              parentSchema: schema11.properties.practice,
              data: data1,
            }
            if (vErrors === null) {
              vErrors = [err7]
            } else {
              vErrors.push(err7)
            }
            errors++
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2]
          if (typeof data2 === 'string') {
            if (func2(data2) > 80) {
              const err8 = {
                instancePath: instancePath + '/practice/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/practice/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 80 },
                message: 'must NOT have more than 80 characters',
                schema: 80,
                parentSchema: schema11.properties.practice.additionalProperties,
                data: data2,
              }
              if (vErrors === null) {
                vErrors = [err8]
              } else {
                vErrors.push(err8)
              }
              errors++
            }
            if (!pattern0.test(data2)) {
              const err9 = {
                instancePath: instancePath + '/practice/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/practice/additionalProperties/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema11.properties.practice.additionalProperties,
                data: data2,
              }
              if (vErrors === null) {
                vErrors = [err9]
              } else {
                vErrors.push(err9)
              }
              errors++
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/practice/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/practice/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.practice.additionalProperties.type,
              parentSchema: schema11.properties.practice.additionalProperties,
              data: data2,
            }
            if (vErrors === null) {
              vErrors = [err10]
            } else {
              vErrors.push(err10)
            }
            errors++
          }
        }
      }
    }
    if (data.welcome !== undefined) {
      let data3 = data.welcome
      if (typeof data3 !== 'string' && !(data3 && typeof data3 == 'object' && !Array.isArray(data3))) {
        const err11 = {
          instancePath: instancePath + '/welcome',
          schemaPath: '#/properties/welcome/type',
          keyword: 'type',
          params: { type: schema11.properties.welcome.type },
          message: 'must be string,object',
          schema: schema11.properties.welcome.type,
          parentSchema: schema11.properties.welcome,
          data: data3,
        }
        if (vErrors === null) {
          vErrors = [err11]
        } else {
          vErrors.push(err11)
        }
        errors++
      }
      if (typeof data3 === 'string') {
        if (func2(data3) > 200) {
          const err12 = {
            instancePath: instancePath + '/welcome',
            schemaPath: '#/properties/welcome/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
            schema: 200,
            parentSchema: schema11.properties.welcome,
            data: data3,
          }
          if (vErrors === null) {
            vErrors = [err12]
          } else {
            vErrors.push(err12)
          }
          errors++
        }
        if (!pattern0.test(data3)) {
          const err13 = {
            instancePath: instancePath + '/welcome',
            schemaPath: '#/properties/welcome/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "' + '\\S' + '"',
            schema: '\\S',
            parentSchema: schema11.properties.welcome,
            data: data3,
          }
          if (vErrors === null) {
            vErrors = [err13]
          } else {
            vErrors.push(err13)
          }
          errors++
        }
      }
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err14 = {
            instancePath: instancePath + '/welcome',
            schemaPath: '#/properties/welcome/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
            schema: 1,
            parentSchema: schema11.properties.welcome,
            data: data3,
          }
          if (vErrors === null) {
            vErrors = [err14]
          } else {
            vErrors.push(err14)
          }
          errors++
        }
        for (const key3 in data3) {
          const _errs11 = errors
          if (typeof key3 === 'string') {
            if (!pattern1.test(key3)) {
              const err15 = {
                instancePath: instancePath + '/welcome',
                schemaPath: '#/properties/welcome/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
                message: 'must match pattern "' + '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' + '"',
                schema: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
                parentSchema: schema11.properties.welcome.propertyNames,
                data: key3,
                propertyName: key3,
              }
              if (vErrors === null) {
                vErrors = [err15]
              } else {
                vErrors.push(err15)
              }
              errors++
            }
          }
          var valid3 = _errs11 === errors
          if (!valid3) {
            const err16 = {
              instancePath: instancePath + '/welcome',
              schemaPath: '#/properties/welcome/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key3 },
              message: 'property name must be valid',
              schema: schema11.properties.welcome.propertyNames,
              parentSchema: schema11.properties.welcome,
              data: data3,
            }
            if (vErrors === null) {
              vErrors = [err16]
            } else {
              vErrors.push(err16)
            }
            errors++
          }
        }
        for (const key4 in data3) {
          let data4 = data3[key4]
          if (typeof data4 === 'string') {
            if (func2(data4) > 200) {
              const err17 = {
                instancePath: instancePath + '/welcome/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/welcome/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
                schema: 200,
                parentSchema: schema11.properties.welcome.additionalProperties,
                data: data4,
              }
              if (vErrors === null) {
                vErrors = [err17]
              } else {
                vErrors.push(err17)
              }
              errors++
            }
            if (!pattern0.test(data4)) {
              const err18 = {
                instancePath: instancePath + '/welcome/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/welcome/additionalProperties/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema11.properties.welcome.additionalProperties,
                data: data4,
              }
              if (vErrors === null) {
                vErrors = [err18]
              } else {
                vErrors.push(err18)
              }
              errors++
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/welcome/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/welcome/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.welcome.additionalProperties.type,
              parentSchema: schema11.properties.welcome.additionalProperties,
              data: data4,
            }
            if (vErrors === null) {
              vErrors = [err19]
            } else {
              vErrors.push(err19)
            }
            errors++
          }
        }
      }
    }
    if (data.meetingHosts !== undefined) {
      let data5 = data.meetingHosts
      if (Array.isArray(data5)) {
        if (data5.length > 20) {
          const err20 = {
            instancePath: instancePath + '/meetingHosts',
            schemaPath: '#/properties/meetingHosts/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
            schema: 20,
            parentSchema: schema11.properties.meetingHosts,
            data: data5,
          }
          if (vErrors === null) {
            vErrors = [err20]
          } else {
            vErrors.push(err20)
          }
          errors++
        }
        if (data5.length < 1) {
          const err21 = {
            instancePath: instancePath + '/meetingHosts',
            schemaPath: '#/properties/meetingHosts/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema11.properties.meetingHosts,
            data: data5,
          }
          if (vErrors === null) {
            vErrors = [err21]
          } else {
            vErrors.push(err21)
          }
          errors++
        }
        const len0 = data5.length
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0]
          if (typeof data6 === 'string') {
            if (func2(data6) > 253) {
              const err22 = {
                instancePath: instancePath + '/meetingHosts/' + i0,
                schemaPath: '#/properties/meetingHosts/items/maxLength',
                keyword: 'maxLength',
                params: { limit: 253 },
                message: 'must NOT have more than 253 characters',
                schema: 253,
                parentSchema: schema11.properties.meetingHosts.items,
                data: data6,
              }
              if (vErrors === null) {
                vErrors = [err22]
              } else {
                vErrors.push(err22)
              }
              errors++
            }
            if (!pattern6.test(data6)) {
              const err23 = {
                instancePath: instancePath + '/meetingHosts/' + i0,
                schemaPath: '#/properties/meetingHosts/items/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?=[^.]{1,63}(\\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
                },
                message:
                  'must match pattern "' +
                  '^(?=[^.]{1,63}(\\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$' +
                  '"',
                schema:
                  '^(?=[^.]{1,63}(\\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
                parentSchema: schema11.properties.meetingHosts.items,
                data: data6,
              }
              if (vErrors === null) {
                vErrors = [err23]
              } else {
                vErrors.push(err23)
              }
              errors++
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/meetingHosts/' + i0,
              schemaPath: '#/properties/meetingHosts/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.meetingHosts.items.type,
              parentSchema: schema11.properties.meetingHosts.items,
              data: data6,
            }
            if (vErrors === null) {
              vErrors = [err24]
            } else {
              vErrors.push(err24)
            }
            errors++
          }
        }
        let i1 = data5.length
        let j0
        if (i1 > 1) {
          const indices0 = {}
          for (; i1--; ) {
            let item0 = data5[i1]
            if (typeof item0 !== 'string') {
              continue
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0]
              const err25 = {
                instancePath: instancePath + '/meetingHosts',
                schemaPath: '#/properties/meetingHosts/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                schema: true,
                parentSchema: schema11.properties.meetingHosts,
                data: data5,
              }
              if (vErrors === null) {
                vErrors = [err25]
              } else {
                vErrors.push(err25)
              }
              errors++
              break
            }
            indices0[item0] = i1
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/meetingHosts',
          schemaPath: '#/properties/meetingHosts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.meetingHosts.type,
          parentSchema: schema11.properties.meetingHosts,
          data: data5,
        }
        if (vErrors === null) {
          vErrors = [err26]
        } else {
          vErrors.push(err26)
        }
        errors++
      }
    }
    if (data.mode !== undefined) {
      let data7 = data.mode
      if (!(data7 === 'keep' || data7 === 'add' || data7 === 'replace')) {
        const err27 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema11.properties.mode.enum,
          parentSchema: schema11.properties.mode,
          data: data7,
        }
        if (vErrors === null) {
          vErrors = [err27]
        } else {
          vErrors.push(err27)
        }
        errors++
      }
    }
    if (data.questions !== undefined) {
      let data8 = data.questions
      if (Array.isArray(data8)) {
        if (data8.length > 30) {
          const err28 = {
            instancePath: instancePath + '/questions',
            schemaPath: '#/properties/questions/maxItems',
            keyword: 'maxItems',
            params: { limit: 30 },
            message: 'must NOT have more than 30 items',
            schema: 30,
            parentSchema: schema11.properties.questions,
            data: data8,
          }
          if (vErrors === null) {
            vErrors = [err28]
          } else {
            vErrors.push(err28)
          }
          errors++
        }
        const len1 = data8.length
        for (let i2 = 0; i2 < len1; i2++) {
          let data9 = data8[i2]
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.id === undefined) {
              const err29 = {
                instancePath: instancePath + '/questions/' + i2,
                schemaPath: '#/properties/questions/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema11.properties.questions.items.required,
                parentSchema: schema11.properties.questions.items,
                data: data9,
              }
              if (vErrors === null) {
                vErrors = [err29]
              } else {
                vErrors.push(err29)
              }
              errors++
            }
            if (data9.text === undefined) {
              const err30 = {
                instancePath: instancePath + '/questions/' + i2,
                schemaPath: '#/properties/questions/items/required',
                keyword: 'required',
                params: { missingProperty: 'text' },
                message: "must have required property '" + 'text' + "'",
                schema: schema11.properties.questions.items.required,
                parentSchema: schema11.properties.questions.items,
                data: data9,
              }
              if (vErrors === null) {
                vErrors = [err30]
              } else {
                vErrors.push(err30)
              }
              errors++
            }
            if (data9.why === undefined) {
              const err31 = {
                instancePath: instancePath + '/questions/' + i2,
                schemaPath: '#/properties/questions/items/required',
                keyword: 'required',
                params: { missingProperty: 'why' },
                message: "must have required property '" + 'why' + "'",
                schema: schema11.properties.questions.items.required,
                parentSchema: schema11.properties.questions.items,
                data: data9,
              }
              if (vErrors === null) {
                vErrors = [err31]
              } else {
                vErrors.push(err31)
              }
              errors++
            }
            if (data9.fix === undefined) {
              const err32 = {
                instancePath: instancePath + '/questions/' + i2,
                schemaPath: '#/properties/questions/items/required',
                keyword: 'required',
                params: { missingProperty: 'fix' },
                message: "must have required property '" + 'fix' + "'",
                schema: schema11.properties.questions.items.required,
                parentSchema: schema11.properties.questions.items,
                data: data9,
              }
              if (vErrors === null) {
                vErrors = [err32]
              } else {
                vErrors.push(err32)
              }
              errors++
            }
            for (const key5 in data9) {
              if (
                !(
                  key5 === 'id' ||
                  key5 === 'text' ||
                  key5 === 'why' ||
                  key5 === 'fix' ||
                  key5 === 'level' ||
                  key5 === 'sessions'
                )
              ) {
                const err33 = {
                  instancePath: instancePath + '/questions/' + i2,
                  schemaPath: '#/properties/questions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.questions.items,
                  data: data9,
                }
                if (vErrors === null) {
                  vErrors = [err33]
                } else {
                  vErrors.push(err33)
                }
                errors++
              }
            }
            if (data9.id !== undefined) {
              let data10 = data9.id
              if (typeof data10 === 'string') {
                if (func2(data10) > 40) {
                  const err34 = {
                    instancePath: instancePath + '/questions/' + i2 + '/id',
                    schemaPath: '#/properties/questions/items/properties/id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 40 },
                    message: 'must NOT have more than 40 characters',
                    schema: 40,
                    parentSchema: schema11.properties.questions.items.properties.id,
                    data: data10,
                  }
                  if (vErrors === null) {
                    vErrors = [err34]
                  } else {
                    vErrors.push(err34)
                  }
                  errors++
                }
                if (!pattern7.test(data10)) {
                  const err35 = {
                    instancePath: instancePath + '/questions/' + i2 + '/id',
                    schemaPath: '#/properties/questions/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
                    message: 'must match pattern "' + '^[a-z0-9]+(-[a-z0-9]+)*$' + '"',
                    schema: '^[a-z0-9]+(-[a-z0-9]+)*$',
                    parentSchema: schema11.properties.questions.items.properties.id,
                    data: data10,
                  }
                  if (vErrors === null) {
                    vErrors = [err35]
                  } else {
                    vErrors.push(err35)
                  }
                  errors++
                }
              } else {
                const err36 = {
                  instancePath: instancePath + '/questions/' + i2 + '/id',
                  schemaPath: '#/properties/questions/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.questions.items.properties.id.type,
                  parentSchema: schema11.properties.questions.items.properties.id,
                  data: data10,
                }
                if (vErrors === null) {
                  vErrors = [err36]
                } else {
                  vErrors.push(err36)
                }
                errors++
              }
            }
            if (data9.text !== undefined) {
              let data11 = data9.text
              if (
                typeof data11 !== 'string' &&
                !(data11 && typeof data11 == 'object' && !Array.isArray(data11))
              ) {
                const err37 = {
                  instancePath: instancePath + '/questions/' + i2 + '/text',
                  schemaPath: '#/properties/questions/items/properties/text/type',
                  keyword: 'type',
                  params: { type: schema11.properties.questions.items.properties.text.type },
                  message: 'must be string,object',
                  schema: schema11.properties.questions.items.properties.text.type,
                  parentSchema: schema11.properties.questions.items.properties.text,
                  data: data11,
                }
                if (vErrors === null) {
                  vErrors = [err37]
                } else {
                  vErrors.push(err37)
                }
                errors++
              }
              if (typeof data11 === 'string') {
                if (func2(data11) > 200) {
                  const err38 = {
                    instancePath: instancePath + '/questions/' + i2 + '/text',
                    schemaPath: '#/properties/questions/items/properties/text/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 200 },
                    message: 'must NOT have more than 200 characters',
                    schema: 200,
                    parentSchema: schema11.properties.questions.items.properties.text,
                    data: data11,
                  }
                  if (vErrors === null) {
                    vErrors = [err38]
                  } else {
                    vErrors.push(err38)
                  }
                  errors++
                }
                if (!pattern0.test(data11)) {
                  const err39 = {
                    instancePath: instancePath + '/questions/' + i2 + '/text',
                    schemaPath: '#/properties/questions/items/properties/text/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.questions.items.properties.text,
                    data: data11,
                  }
                  if (vErrors === null) {
                    vErrors = [err39]
                  } else {
                    vErrors.push(err39)
                  }
                  errors++
                }
              }
              if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                if (Object.keys(data11).length < 1) {
                  const err40 = {
                    instancePath: instancePath + '/questions/' + i2 + '/text',
                    schemaPath: '#/properties/questions/items/properties/text/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                    schema: 1,
                    parentSchema: schema11.properties.questions.items.properties.text,
                    data: data11,
                  }
                  if (vErrors === null) {
                    vErrors = [err40]
                  } else {
                    vErrors.push(err40)
                  }
                  errors++
                }
                for (const key6 in data11) {
                  const _errs29 = errors
                  if (typeof key6 === 'string') {
                    if (!pattern1.test(key6)) {
                      const err41 = {
                        instancePath: instancePath + '/questions/' + i2 + '/text',
                        schemaPath: '#/properties/questions/items/properties/text/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
                        message: 'must match pattern "' + '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' + '"',
                        schema: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
                        parentSchema: schema11.properties.questions.items.properties.text.propertyNames,
                        data: key6,
                        propertyName: key6,
                      }
                      if (vErrors === null) {
                        vErrors = [err41]
                      } else {
                        vErrors.push(err41)
                      }
                      errors++
                    }
                  }
                  var valid11 = _errs29 === errors
                  if (!valid11) {
                    const err42 = {
                      instancePath: instancePath + '/questions/' + i2 + '/text',
                      schemaPath: '#/properties/questions/items/properties/text/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key6 },
                      message: 'property name must be valid',
                      schema: schema11.properties.questions.items.properties.text.propertyNames,
                      parentSchema: schema11.properties.questions.items.properties.text,
                      data: data11,
                    }
                    if (vErrors === null) {
                      vErrors = [err42]
                    } else {
                      vErrors.push(err42)
                    }
                    errors++
                  }
                }
                for (const key7 in data11) {
                  let data12 = data11[key7]
                  if (typeof data12 === 'string') {
                    if (func2(data12) > 200) {
                      const err43 = {
                        instancePath:
                          instancePath +
                          '/questions/' +
                          i2 +
                          '/text/' +
                          key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/questions/items/properties/text/additionalProperties/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 200 },
                        message: 'must NOT have more than 200 characters',
                        schema: 200,
                        parentSchema:
                          schema11.properties.questions.items.properties.text.additionalProperties,
                        data: data12,
                      }
                      if (vErrors === null) {
                        vErrors = [err43]
                      } else {
                        vErrors.push(err43)
                      }
                      errors++
                    }
                    if (!pattern0.test(data12)) {
                      const err44 = {
                        instancePath:
                          instancePath +
                          '/questions/' +
                          i2 +
                          '/text/' +
                          key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/questions/items/properties/text/additionalProperties/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema:
                          schema11.properties.questions.items.properties.text.additionalProperties,
                        data: data12,
                      }
                      if (vErrors === null) {
                        vErrors = [err44]
                      } else {
                        vErrors.push(err44)
                      }
                      errors++
                    }
                  } else {
                    const err45 = {
                      instancePath:
                        instancePath +
                        '/questions/' +
                        i2 +
                        '/text/' +
                        key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/properties/questions/items/properties/text/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.questions.items.properties.text.additionalProperties.type,
                      parentSchema: schema11.properties.questions.items.properties.text.additionalProperties,
                      data: data12,
                    }
                    if (vErrors === null) {
                      vErrors = [err45]
                    } else {
                      vErrors.push(err45)
                    }
                    errors++
                  }
                }
              }
            }
            if (data9.why !== undefined) {
              let data13 = data9.why
              if (
                typeof data13 !== 'string' &&
                !(data13 && typeof data13 == 'object' && !Array.isArray(data13))
              ) {
                const err46 = {
                  instancePath: instancePath + '/questions/' + i2 + '/why',
                  schemaPath: '#/properties/questions/items/properties/why/type',
                  keyword: 'type',
                  params: { type: schema11.properties.questions.items.properties.why.type },
                  message: 'must be string,object',
                  schema: schema11.properties.questions.items.properties.why.type,
                  parentSchema: schema11.properties.questions.items.properties.why,
                  data: data13,
                }
                if (vErrors === null) {
                  vErrors = [err46]
                } else {
                  vErrors.push(err46)
                }
                errors++
              }
              if (typeof data13 === 'string') {
                if (func2(data13) > 300) {
                  const err47 = {
                    instancePath: instancePath + '/questions/' + i2 + '/why',
                    schemaPath: '#/properties/questions/items/properties/why/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 300 },
                    message: 'must NOT have more than 300 characters',
                    schema: 300,
                    parentSchema: schema11.properties.questions.items.properties.why,
                    data: data13,
                  }
                  if (vErrors === null) {
                    vErrors = [err47]
                  } else {
                    vErrors.push(err47)
                  }
                  errors++
                }
                if (!pattern0.test(data13)) {
                  const err48 = {
                    instancePath: instancePath + '/questions/' + i2 + '/why',
                    schemaPath: '#/properties/questions/items/properties/why/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.questions.items.properties.why,
                    data: data13,
                  }
                  if (vErrors === null) {
                    vErrors = [err48]
                  } else {
                    vErrors.push(err48)
                  }
                  errors++
                }
              }
              if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                if (Object.keys(data13).length < 1) {
                  const err49 = {
                    instancePath: instancePath + '/questions/' + i2 + '/why',
                    schemaPath: '#/properties/questions/items/properties/why/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                    schema: 1,
                    parentSchema: schema11.properties.questions.items.properties.why,
                    data: data13,
                  }
                  if (vErrors === null) {
                    vErrors = [err49]
                  } else {
                    vErrors.push(err49)
                  }
                  errors++
                }
                for (const key8 in data13) {
                  const _errs35 = errors
                  if (typeof key8 === 'string') {
                    if (!pattern1.test(key8)) {
                      const err50 = {
                        instancePath: instancePath + '/questions/' + i2 + '/why',
                        schemaPath: '#/properties/questions/items/properties/why/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
                        message: 'must match pattern "' + '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' + '"',
                        schema: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
                        parentSchema: schema11.properties.questions.items.properties.why.propertyNames,
                        data: key8,
                        propertyName: key8,
                      }
                      if (vErrors === null) {
                        vErrors = [err50]
                      } else {
                        vErrors.push(err50)
                      }
                      errors++
                    }
                  }
                  var valid13 = _errs35 === errors
                  if (!valid13) {
                    const err51 = {
                      instancePath: instancePath + '/questions/' + i2 + '/why',
                      schemaPath: '#/properties/questions/items/properties/why/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key8 },
                      message: 'property name must be valid',
                      schema: schema11.properties.questions.items.properties.why.propertyNames,
                      parentSchema: schema11.properties.questions.items.properties.why,
                      data: data13,
                    }
                    if (vErrors === null) {
                      vErrors = [err51]
                    } else {
                      vErrors.push(err51)
                    }
                    errors++
                  }
                }
                for (const key9 in data13) {
                  let data14 = data13[key9]
                  if (typeof data14 === 'string') {
                    if (func2(data14) > 300) {
                      const err52 = {
                        instancePath:
                          instancePath +
                          '/questions/' +
                          i2 +
                          '/why/' +
                          key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/questions/items/properties/why/additionalProperties/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 300 },
                        message: 'must NOT have more than 300 characters',
                        schema: 300,
                        parentSchema: schema11.properties.questions.items.properties.why.additionalProperties,
                        data: data14,
                      }
                      if (vErrors === null) {
                        vErrors = [err52]
                      } else {
                        vErrors.push(err52)
                      }
                      errors++
                    }
                    if (!pattern0.test(data14)) {
                      const err53 = {
                        instancePath:
                          instancePath +
                          '/questions/' +
                          i2 +
                          '/why/' +
                          key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/questions/items/properties/why/additionalProperties/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.questions.items.properties.why.additionalProperties,
                        data: data14,
                      }
                      if (vErrors === null) {
                        vErrors = [err53]
                      } else {
                        vErrors.push(err53)
                      }
                      errors++
                    }
                  } else {
                    const err54 = {
                      instancePath:
                        instancePath +
                        '/questions/' +
                        i2 +
                        '/why/' +
                        key9.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/properties/questions/items/properties/why/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.questions.items.properties.why.additionalProperties.type,
                      parentSchema: schema11.properties.questions.items.properties.why.additionalProperties,
                      data: data14,
                    }
                    if (vErrors === null) {
                      vErrors = [err54]
                    } else {
                      vErrors.push(err54)
                    }
                    errors++
                  }
                }
              }
            }
            if (data9.fix !== undefined) {
              let data15 = data9.fix
              if (
                typeof data15 !== 'string' &&
                !(data15 && typeof data15 == 'object' && !Array.isArray(data15))
              ) {
                const err55 = {
                  instancePath: instancePath + '/questions/' + i2 + '/fix',
                  schemaPath: '#/properties/questions/items/properties/fix/type',
                  keyword: 'type',
                  params: { type: schema11.properties.questions.items.properties.fix.type },
                  message: 'must be string,object',
                  schema: schema11.properties.questions.items.properties.fix.type,
                  parentSchema: schema11.properties.questions.items.properties.fix,
                  data: data15,
                }
                if (vErrors === null) {
                  vErrors = [err55]
                } else {
                  vErrors.push(err55)
                }
                errors++
              }
              if (typeof data15 === 'string') {
                if (func2(data15) > 300) {
                  const err56 = {
                    instancePath: instancePath + '/questions/' + i2 + '/fix',
                    schemaPath: '#/properties/questions/items/properties/fix/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 300 },
                    message: 'must NOT have more than 300 characters',
                    schema: 300,
                    parentSchema: schema11.properties.questions.items.properties.fix,
                    data: data15,
                  }
                  if (vErrors === null) {
                    vErrors = [err56]
                  } else {
                    vErrors.push(err56)
                  }
                  errors++
                }
                if (!pattern0.test(data15)) {
                  const err57 = {
                    instancePath: instancePath + '/questions/' + i2 + '/fix',
                    schemaPath: '#/properties/questions/items/properties/fix/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.questions.items.properties.fix,
                    data: data15,
                  }
                  if (vErrors === null) {
                    vErrors = [err57]
                  } else {
                    vErrors.push(err57)
                  }
                  errors++
                }
              }
              if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                if (Object.keys(data15).length < 1) {
                  const err58 = {
                    instancePath: instancePath + '/questions/' + i2 + '/fix',
                    schemaPath: '#/properties/questions/items/properties/fix/minProperties',
                    keyword: 'minProperties',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 properties',
                    schema: 1,
                    parentSchema: schema11.properties.questions.items.properties.fix,
                    data: data15,
                  }
                  if (vErrors === null) {
                    vErrors = [err58]
                  } else {
                    vErrors.push(err58)
                  }
                  errors++
                }
                for (const key10 in data15) {
                  const _errs41 = errors
                  if (typeof key10 === 'string') {
                    if (!pattern1.test(key10)) {
                      const err59 = {
                        instancePath: instancePath + '/questions/' + i2 + '/fix',
                        schemaPath: '#/properties/questions/items/properties/fix/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
                        message: 'must match pattern "' + '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' + '"',
                        schema: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
                        parentSchema: schema11.properties.questions.items.properties.fix.propertyNames,
                        data: key10,
                        propertyName: key10,
                      }
                      if (vErrors === null) {
                        vErrors = [err59]
                      } else {
                        vErrors.push(err59)
                      }
                      errors++
                    }
                  }
                  var valid15 = _errs41 === errors
                  if (!valid15) {
                    const err60 = {
                      instancePath: instancePath + '/questions/' + i2 + '/fix',
                      schemaPath: '#/properties/questions/items/properties/fix/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key10 },
                      message: 'property name must be valid',
                      schema: schema11.properties.questions.items.properties.fix.propertyNames,
                      parentSchema: schema11.properties.questions.items.properties.fix,
                      data: data15,
                    }
                    if (vErrors === null) {
                      vErrors = [err60]
                    } else {
                      vErrors.push(err60)
                    }
                    errors++
                  }
                }
                for (const key11 in data15) {
                  let data16 = data15[key11]
                  if (typeof data16 === 'string') {
                    if (func2(data16) > 300) {
                      const err61 = {
                        instancePath:
                          instancePath +
                          '/questions/' +
                          i2 +
                          '/fix/' +
                          key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/questions/items/properties/fix/additionalProperties/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 300 },
                        message: 'must NOT have more than 300 characters',
                        schema: 300,
                        parentSchema: schema11.properties.questions.items.properties.fix.additionalProperties,
                        data: data16,
                      }
                      if (vErrors === null) {
                        vErrors = [err61]
                      } else {
                        vErrors.push(err61)
                      }
                      errors++
                    }
                    if (!pattern0.test(data16)) {
                      const err62 = {
                        instancePath:
                          instancePath +
                          '/questions/' +
                          i2 +
                          '/fix/' +
                          key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/questions/items/properties/fix/additionalProperties/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.questions.items.properties.fix.additionalProperties,
                        data: data16,
                      }
                      if (vErrors === null) {
                        vErrors = [err62]
                      } else {
                        vErrors.push(err62)
                      }
                      errors++
                    }
                  } else {
                    const err63 = {
                      instancePath:
                        instancePath +
                        '/questions/' +
                        i2 +
                        '/fix/' +
                        key11.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/properties/questions/items/properties/fix/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.questions.items.properties.fix.additionalProperties.type,
                      parentSchema: schema11.properties.questions.items.properties.fix.additionalProperties,
                      data: data16,
                    }
                    if (vErrors === null) {
                      vErrors = [err63]
                    } else {
                      vErrors.push(err63)
                    }
                    errors++
                  }
                }
              }
            }
            if (data9.level !== undefined) {
              let data17 = data9.level
              if (!(data17 === 'required' || data17 === 'advisory')) {
                const err64 = {
                  instancePath: instancePath + '/questions/' + i2 + '/level',
                  schemaPath: '#/properties/questions/items/properties/level/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.questions.items.properties.level.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.questions.items.properties.level.enum,
                  parentSchema: schema11.properties.questions.items.properties.level,
                  data: data17,
                }
                if (vErrors === null) {
                  vErrors = [err64]
                } else {
                  vErrors.push(err64)
                }
                errors++
              }
            }
            if (data9.sessions !== undefined) {
              let data18 = data9.sessions
              if (Array.isArray(data18)) {
                if (data18.length < 1) {
                  const err65 = {
                    instancePath: instancePath + '/questions/' + i2 + '/sessions',
                    schemaPath: '#/properties/questions/items/properties/sessions/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema11.properties.questions.items.properties.sessions,
                    data: data18,
                  }
                  if (vErrors === null) {
                    vErrors = [err65]
                  } else {
                    vErrors.push(err65)
                  }
                  errors++
                }
                const len2 = data18.length
                for (let i3 = 0; i3 < len2; i3++) {
                  let data19 = data18[i3]
                  if (!(data19 === 'video' || data19 === 'audio' || data19 === 'text')) {
                    const err66 = {
                      instancePath: instancePath + '/questions/' + i2 + '/sessions/' + i3,
                      schemaPath: '#/properties/questions/items/properties/sessions/items/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues: schema11.properties.questions.items.properties.sessions.items.enum,
                      },
                      message: 'must be equal to one of the allowed values',
                      schema: schema11.properties.questions.items.properties.sessions.items.enum,
                      parentSchema: schema11.properties.questions.items.properties.sessions.items,
                      data: data19,
                    }
                    if (vErrors === null) {
                      vErrors = [err66]
                    } else {
                      vErrors.push(err66)
                    }
                    errors++
                  }
                }
                let i4 = data18.length
                let j1
                if (i4 > 1) {
                  outer0: for (; i4--; ) {
                    for (j1 = i4; j1--; ) {
                      if (func0(data18[i4], data18[j1])) {
                        const err67 = {
                          instancePath: instancePath + '/questions/' + i2 + '/sessions',
                          schemaPath: '#/properties/questions/items/properties/sessions/uniqueItems',
                          keyword: 'uniqueItems',
                          params: { i: i4, j: j1 },
                          message:
                            'must NOT have duplicate items (items ## ' +
                            j1 +
                            ' and ' +
                            i4 +
                            ' are identical)',
                          schema: true,
                          parentSchema: schema11.properties.questions.items.properties.sessions,
                          data: data18,
                        }
                        if (vErrors === null) {
                          vErrors = [err67]
                        } else {
                          vErrors.push(err67)
                        }
                        errors++
                        break outer0
                      }
                    }
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + '/questions/' + i2 + '/sessions',
                  schemaPath: '#/properties/questions/items/properties/sessions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.questions.items.properties.sessions.type,
                  parentSchema: schema11.properties.questions.items.properties.sessions,
                  data: data18,
                }
                if (vErrors === null) {
                  vErrors = [err68]
                } else {
                  vErrors.push(err68)
                }
                errors++
              }
            }
          } else {
            const err69 = {
              instancePath: instancePath + '/questions/' + i2,
              schemaPath: '#/properties/questions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.questions.items.type,
              parentSchema: schema11.properties.questions.items,
              data: data9,
            }
            if (vErrors === null) {
              vErrors = [err69]
            } else {
              vErrors.push(err69)
            }
            errors++
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + '/questions',
          schemaPath: '#/properties/questions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.questions.type,
          parentSchema: schema11.properties.questions,
          data: data8,
        }
        if (vErrors === null) {
          vErrors = [err70]
        } else {
          vErrors.push(err70)
        }
        errors++
      }
    }
  } else {
    const err71 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data,
    }
    if (vErrors === null) {
      vErrors = [err71]
    } else {
      vErrors.push(err71)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
export const validateAnswers = validate11 as unknown as ValidateFunction
const schema12 = {
  type: 'object',
  maxProperties: 200,
  propertyNames: {
    maxLength: 40,
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
    description: 'a question id: lowercase letters, digits and single dashes',
  },
  additionalProperties: { enum: ['yes', 'no', 'Yes', 'No', 'YES', 'NO', 'y', 'n', 'Y', 'N', true, false] },
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length > 200) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxProperties',
        keyword: 'maxProperties',
        params: { limit: 200 },
        message: 'must NOT have more than 200 properties',
        schema: 200,
        parentSchema: schema12,
        data,
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
    for (const key0 in data) {
      const _errs1 = errors
      if (typeof key0 === 'string') {
        if (func2(key0) > 40) {
          const err1 = {
            instancePath,
            schemaPath: '#/propertyNames/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema12.propertyNames,
            data: key0,
            propertyName: key0,
          }
          if (vErrors === null) {
            vErrors = [err1]
          } else {
            vErrors.push(err1)
          }
          errors++
        }
        if (!pattern7.test(key0)) {
          const err2 = {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            message: 'must match pattern "' + '^[a-z0-9]+(-[a-z0-9]+)*$' + '"',
            schema: '^[a-z0-9]+(-[a-z0-9]+)*$',
            parentSchema: schema12.propertyNames,
            data: key0,
            propertyName: key0,
          }
          if (vErrors === null) {
            vErrors = [err2]
          } else {
            vErrors.push(err2)
          }
          errors++
        }
      }
      var valid0 = _errs1 === errors
      if (!valid0) {
        const err3 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
          message: 'property name must be valid',
          schema: schema12.propertyNames,
          parentSchema: schema12,
          data,
        }
        if (vErrors === null) {
          vErrors = [err3]
        } else {
          vErrors.push(err3)
        }
        errors++
      }
    }
    for (const key1 in data) {
      let data0 = data[key1]
      if (
        !(
          data0 === 'yes' ||
          data0 === 'no' ||
          data0 === 'Yes' ||
          data0 === 'No' ||
          data0 === 'YES' ||
          data0 === 'NO' ||
          data0 === 'y' ||
          data0 === 'n' ||
          data0 === 'Y' ||
          data0 === 'N' ||
          data0 === true ||
          data0 === false
        )
      ) {
        const err4 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/enum',
          keyword: 'enum',
          params: { allowedValues: schema12.additionalProperties.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema12.additionalProperties.enum,
          parentSchema: schema12.additionalProperties,
          data: data0,
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema12.type,
      parentSchema: schema12,
      data,
    }
    if (vErrors === null) {
      vErrors = [err5]
    } else {
      vErrors.push(err5)
    }
    errors++
  }
  validate11.errors = vErrors
  return errors === 0
}
