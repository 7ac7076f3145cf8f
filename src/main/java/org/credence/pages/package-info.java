/**
 * What every module's pages share: the layout's model and languages, how a form reads what was
 * typed, the one way a form's outcome is said (a message after a change, an error summary and each
 * field's error after a refusal), and the step every form takes: check, act, then redirect or show
 * the page again. It knows no module's records; the pages of each module call their services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pages")
package org.credence.pages;
