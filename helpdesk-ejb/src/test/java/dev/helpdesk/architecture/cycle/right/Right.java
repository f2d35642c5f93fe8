package dev.helpdesk.architecture.cycle.right;

import dev.helpdesk.architecture.cycle.left.Left;

/** The other half of the deliberate cycle. */
public class Right {

    public Left partner() {
        return new Left();
    }
}
