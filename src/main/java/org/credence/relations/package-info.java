/**
 * The relations register: incidents between states (and the receiving party), the sources that
 * report, confirm or deny them, and the tit-for-tat timeline they form. Visible to the receiving
 * party's own roles only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relations")
package org.credence.relations;
