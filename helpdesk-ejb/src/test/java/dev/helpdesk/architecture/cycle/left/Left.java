package dev.helpdesk.architecture.cycle.left;

import dev.helpdesk.architecture.cycle.right.Right;

/** Half of a deliberate cycle between two areas, for the architecture test's self-check. */
public class Left {

    public Right partner() {
        return new Right();
    }
}
