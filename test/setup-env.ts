// Keep the developer's terminal settings out of the tests (renderers get colour explicitly), and
// out of the child processes the tests start: unset, not set to '', because Node 22 warns when
// NO_COLOR and FORCE_COLOR are both present.
delete process.env.NO_COLOR
delete process.env.FORCE_COLOR
delete process.env.CI
