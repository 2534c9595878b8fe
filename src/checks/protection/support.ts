/**
 * Until when each system version gets security updates: data, with its sources. Copied by hand
 * from endoflife.date (https://endoflife.date, its products/*.md files at commit a70eca3 of
 * github.com/endoflife-date/endoflife.date, 22 August 2026; MIT licence, "Copyright 2020
 * endoflife.date contributors"), which in turn cites each vendor's own lifecycle page:
 * Microsoft Lifecycle (Windows 10 and 11), Apple security releases (macOS), Ubuntu release cycle,
 * Debian security and LTS pages, Fedora's schedule, Linux Mint, openSUSE Leap, Red Hat, Rocky
 * Linux, AlmaLinux, CentOS Stream and Pop!_OS. Dates are the last day of security updates.
 *
 * Refresh it at least once a year: the check says when this table is older than a year
 * (thresholds.ts), since a newer release it does not know of can make an older one unsupported.
 */

/** The day the dates below were copied. */
export const SUPPORT_TABLE_DATE = '2026-08-22'

export interface Cycle {
  /** os-release VERSION_ID (or its major version, for RHEL and its rebuilds). */
  version: string
  /** The last day of security updates, as the vendor gives it for everyone. */
  until: string
}

export interface Distribution {
  /** The os-release ID. */
  id: string
  /** Match VERSION_ID on its major number only ("9.4" is release 9). */
  byMajor?: boolean
  cycles: readonly Cycle[]
}

/**
 * Linux distributions. Ubuntu: the end of standard support (Ubuntu Pro, free for personal use,
 * extends it; not counted here). Debian: the end of Debian LTS, which carries security updates on
 * after the regular support ends (Debian 12: regular until 2026-07-11, LTS until 2028-06-30).
 */
export const DISTRIBUTIONS: readonly Distribution[] = [
  {
    id: 'ubuntu',
    cycles: [
      { version: '26.04', until: '2031-04-30' },
      { version: '25.10', until: '2026-07-01' },
      { version: '25.04', until: '2026-01-17' },
      { version: '24.10', until: '2025-07-10' },
      { version: '24.04', until: '2029-05-31' },
      { version: '23.10', until: '2024-07-12' },
      { version: '23.04', until: '2024-01-20' },
      { version: '22.10', until: '2023-07-20' },
      { version: '22.04', until: '2027-04-01' },
      { version: '21.10', until: '2022-07-14' },
      { version: '21.04', until: '2022-01-20' },
      { version: '20.10', until: '2021-07-22' },
      { version: '20.04', until: '2025-05-31' },
      { version: '18.04', until: '2023-05-31' },
      { version: '16.04', until: '2021-04-02' },
      { version: '14.04', until: '2019-04-02' },
    ],
  },
  {
    id: 'debian',
    cycles: [
      { version: '13', until: '2030-06-30' },
      { version: '12', until: '2028-06-30' },
      { version: '11', until: '2026-08-31' },
      { version: '10', until: '2024-06-30' },
      { version: '9', until: '2022-07-01' },
      { version: '8', until: '2020-06-30' },
    ],
  },
  {
    id: 'fedora',
    cycles: [
      { version: '44', until: '2027-06-02' },
      { version: '43', until: '2026-12-09' },
      { version: '42', until: '2026-05-27' },
      { version: '41', until: '2025-12-15' },
      { version: '40', until: '2025-05-13' },
      { version: '39', until: '2024-11-26' },
      { version: '38', until: '2024-05-21' },
      { version: '37', until: '2023-12-05' },
      { version: '36', until: '2023-05-16' },
      { version: '35', until: '2022-12-13' },
    ],
  },
  {
    id: 'linuxmint',
    cycles: [
      { version: '22.3', until: '2029-04-30' },
      { version: '22.2', until: '2029-04-30' },
      { version: '22.1', until: '2029-04-30' },
      { version: '22', until: '2029-04-30' },
      { version: '21.3', until: '2027-04-30' },
      { version: '21.2', until: '2027-04-30' },
      { version: '21.1', until: '2027-04-30' },
      { version: '21', until: '2027-04-30' },
      { version: '20.3', until: '2025-04-30' },
      { version: '20.2', until: '2025-04-30' },
      { version: '20.1', until: '2025-04-30' },
      { version: '20', until: '2025-04-30' },
      { version: '19.3', until: '2023-04-01' },
      { version: '19.2', until: '2023-04-01' },
      { version: '19.1', until: '2023-04-01' },
      { version: '19', until: '2023-04-01' },
    ],
  },
  {
    id: 'opensuse-leap',
    cycles: [
      { version: '16.0', until: '2027-10-31' },
      { version: '15.6', until: '2026-04-30' },
      { version: '15.5', until: '2024-12-31' },
      { version: '15.4', until: '2023-12-07' },
      { version: '15.3', until: '2022-12-31' },
    ],
  },
  {
    id: 'pop',
    cycles: [
      { version: '24.04', until: '2029-05-31' },
      { version: '22.04', until: '2027-04-25' },
      { version: '21.10', until: '2022-07-24' },
      { version: '21.04', until: '2022-03-13' },
      { version: '20.04', until: '2025-04-30' },
    ],
  },
  {
    id: 'rhel',
    byMajor: true,
    cycles: [
      { version: '10', until: '2035-05-31' },
      { version: '9', until: '2032-05-31' },
      { version: '8', until: '2029-05-31' },
      { version: '7', until: '2024-06-30' },
    ],
  },
  {
    id: 'rocky',
    byMajor: true,
    cycles: [
      { version: '10', until: '2035-05-31' },
      { version: '9', until: '2032-05-31' },
      { version: '8', until: '2029-05-31' },
    ],
  },
  {
    id: 'almalinux',
    byMajor: true,
    cycles: [
      { version: '10', until: '2035-05-31' },
      { version: '9', until: '2032-05-31' },
      { version: '8', until: '2029-05-31' },
    ],
  },
  {
    id: 'centos',
    byMajor: true,
    cycles: [
      { version: '10', until: '2030-05-31' },
      { version: '9', until: '2027-05-31' },
      { version: '8', until: '2024-05-31' },
      { version: '7', until: '2024-06-30' },
    ],
  },
]

/** Rolling releases: always current once updated, so no end date to judge (Arch, Tumbleweed, Debian testing has no VERSION_ID either). */
export const ROLLING_IDS: readonly string[] = [
  'arch',
  'manjaro',
  'endeavouros',
  'opensuse-tumbleweed',
  'gentoo',
  'void',
]

/**
 * Windows, by build number and edition group. "home" is Home and Pro (24 months for each yearly
 * version), "work" Enterprise, Education and IoT Enterprise (36 months), "lts" the LTSC editions.
 * Windows 10 22H2 ended on 2025-10-14; consumer Extended Security Updates run until 2026-10-13
 * (Microsoft: "Windows 10 Consumer Extended Security Updates"), so that is its date for Home and
 * Pro; Enterprise and Education ended on 2025-10-14 unless the workplace pays for commercial ESU
 * (until 2028-10-10), which the check cannot see (the step says to ask its IT).
 */
export interface WindowsBuild {
  build: number
  release: string
  home?: string
  work?: string
  lts?: string
  iot?: string
}

export const WINDOWS_BUILDS: readonly WindowsBuild[] = [
  { build: 28000, release: '11 26H1', home: '2028-03-14', work: '2029-03-13' },
  { build: 26200, release: '11 25H2', home: '2027-10-12', work: '2028-10-10' },
  {
    build: 26100,
    release: '11 24H2',
    home: '2026-10-13',
    work: '2027-10-12',
    lts: '2029-10-09',
    iot: '2034-10-10',
  },
  { build: 22631, release: '11 23H2', home: '2025-11-11', work: '2026-11-10' },
  { build: 22621, release: '11 22H2', home: '2024-10-08', work: '2025-10-14' },
  { build: 22000, release: '11 21H2', home: '2023-10-10', work: '2024-10-08' },
  { build: 19045, release: '10 22H2', home: '2026-10-13', work: '2025-10-14' },
  {
    build: 19044,
    release: '10 21H2',
    home: '2023-06-13',
    work: '2024-06-11',
    lts: '2027-01-12',
    iot: '2032-01-13',
  },
  {
    build: 17763,
    release: '10 1809',
    home: '2020-11-10',
    work: '2021-05-11',
    lts: '2029-01-09',
    iot: '2029-01-09',
  },
]

/** The oldest build any Windows 10 still had updates for: anything older is long out of support. */
export const WINDOWS_OLDEST_LISTED = 17763

/**
 * macOS: Apple gives full security updates to the newest three major versions only (Apple does
 * not say so in one place; endoflife.date notes it from Apple's security releases page). The
 * newest in this table; a version newer than these means the table is older than that macOS.
 */
export const MACOS_NEWEST: readonly string[] = ['26', '15', '14']
