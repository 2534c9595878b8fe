/**
 * What there is to do, worked out once (issue 22): the steps every check lists, grouped into the
 * things a person does, must-do first. The headline's number, the steps listed under each heading
 * and the "Checks:" line all read `thingsToDo`, so they cannot disagree. Pure.
 */
import type { AdviceStep, CheckResult, Priority } from './model.js'

/**
 * A check's steps with priority and source. A check that gave only plain advice gets "must" for a
 * failed check and "consider" otherwise, in the tool's voice; its steps are one thing to do, since
 * plain advice is a fix with its alternatives ("join a protected network", "or use your phone's
 * hotspot"), not a list of separate jobs. A failed check or a caution with no advice at all has
 * what it found as its one thing.
 */
export function stepsOf(check: CheckResult): AdviceStep[] {
  if (check.steps) return check.steps
  const priority = check.status === 'fail' ? 'must' : 'consider'
  const steps = check.advice.map((text): AdviceStep => ({ text, priority, from: 'tool', thing: check.id }))
  return steps.length === 0 && (check.status === 'fail' || check.status === 'warn')
    ? [summaryStep(check, priority)]
    : steps
}

/**
 * A check's steps as its status allows, decided once when the report is built: only a failed
 * check has must-dos (a caution's steps are worth a look, whatever they say of themselves), a
 * failed check always has one, and a caution always has something worth a look. When a check gave
 * no step at all, what it found is the thing to look at.
 */
export function fitSteps(check: CheckResult): AdviceStep[] {
  const steps = stepsOf(check)
  if (check.status !== 'fail') {
    const fitted = steps.map((step) =>
      step.priority === 'must' ? { ...step, priority: 'consider' as const } : step,
    )
    return check.status === 'warn' && fitted.length === 0 ? [summaryStep(check, 'consider')] : fitted
  }
  if (steps.some((step) => step.priority === 'must')) return steps
  if (steps.length === 0) return [summaryStep(check, 'must')]
  return steps.map((step) => ({ ...step, priority: 'must' as const }))
}

function summaryStep(check: CheckResult, priority: Priority): AdviceStep {
  return { text: check.summary, priority, from: 'tool', thing: check.id }
}

/**
 * The steps of every check, keeping one step on each topic (the apps check and the checklist both
 * say to turn on Do Not Disturb; the devices check and the checklist both say to try the
 * microphone): the must-do one if there is one, else the first. A failed check that loses its
 * must-do this way still has it listed, under the check that kept it.
 */
export function dedupeSteps(steps: readonly (readonly AdviceStep[])[]): AdviceStep[][] {
  const kept = new Map<string, AdviceStep>()
  for (const step of steps.flat()) {
    if (!step.topic) continue
    const held = kept.get(step.topic)
    if (!held || (held.priority !== 'must' && step.priority === 'must')) kept.set(step.topic, step)
  }
  return steps.map((list) => list.filter((step) => !step.topic || kept.get(step.topic) === step))
}

/** One thing to do: its first step, and the steps that go with it (its alternatives, its "then …"). */
export interface Thing {
  text: string
  more: string[]
  priority: Priority
  from: AdviceStep['from']
  /** The check it came from. */
  check: string
}

export interface ThingsToDo {
  must: Thing[]
  consider: Thing[]
}

/** Steps sharing a `thing` (within one check and one priority) are one thing; a step without one is its own. */
function thingsOf(check: CheckResult, steps: readonly AdviceStep[]): Thing[] {
  const things = new Map<string, Thing>()
  steps.forEach((step, index) => {
    const key = `${step.priority} ${step.from} ${step.thing ?? `#${index}`}`
    const held = things.get(key)
    if (held) held.more.push(step.text)
    else
      things.set(key, {
        text: step.text,
        more: [],
        priority: step.priority,
        from: step.from,
        check: check.id,
      })
  })
  return [...things.values()]
}

/** The things to do, in report order: must-dos, and things worth a look. The one source of every count. */
export function thingsToDo(checks: readonly CheckResult[]): ThingsToDo {
  const steps = dedupeSteps(checks.map(stepsOf))
  const all = checks.flatMap((check, index) => thingsOf(check, steps[index] ?? []))
  return {
    must: all.filter((thing) => thing.priority === 'must'),
    consider: all.filter((thing) => thing.priority === 'consider'),
  }
}

/** How many things there are to do, as the headline says it and the JSON carries it. */
export function countThings(checks: readonly CheckResult[]): { must: number; consider: number } {
  const things = thingsToDo(checks)
  return { must: things.must.length, consider: things.consider.length }
}
