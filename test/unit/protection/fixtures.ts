import { fixtureFolder } from '../../helpers/fixtures.js'

const folder = fixtureFolder('protection')
export const FIXTURE_ROOT = folder.root
export const { fixture, listFixtures, hasSource } = folder
