import { describe, expect, it } from 'vitest'
import { gradeWpaCli, parseWpaCliStatus } from '../../../src/platform/wifi/wpa-cli.js'
import { fixture } from './fixtures.js'

describe('wpa_cli status', () => {
  it('reads the Edison capture', () => {
    const status = parseWpaCliStatus(fixture('linux/wpa-cli-status-edison.txt'))
    expect(status).toMatchObject({
      wpaState: 'COMPLETED',
      keyMgmt: 'WPA2-PSK',
      pairwiseCipher: 'CCMP',
      ssid: 'Microduino_IoT',
      bssid: 'd0:ee:07:42:b0:52',
    })
    expect(gradeWpaCli(status).grade).toBe('wpa2-personal')
  })

  it.each([
    ['linux/wpa-cli-status-open.synthetic.txt', 'open'],
    ['linux/wpa-cli-status-wep.synthetic.txt', 'wep'],
    ['linux/wpa-cli-status-sae.synthetic.txt', 'wpa3-personal'],
  ])('%s -> %s', (path, grade) => {
    expect(gradeWpaCli(parseWpaCliStatus(fixture(path))).grade).toBe(grade)
  })

  it.each([
    ['WPA2/IEEE 802.1X/EAP', 'CCMP', 'enterprise'],
    ['IEEE 802.1X (no WPA)', 'WEP-104', 'wep'],
    ['WPA-PSK', 'TKIP', 'wpa'],
    ['WPA2-PSK+WPA-PSK', 'CCMP', 'wpa2-personal'],
    ['FT-SAE', 'CCMP', 'wpa3-personal'],
    ['OWE', 'CCMP', 'owe'],
    ['DPP', 'CCMP', 'unknown'],
  ])('key_mgmt %s / %s -> %s', (keyMgmt, pairwiseCipher, grade) => {
    expect(gradeWpaCli({ keyMgmt, pairwiseCipher }).grade).toBe(grade)
  })
})
