package org.credence.problem;

import jakarta.validation.Payload;

/**
 * Marks a {@code @NotBlank} text written on several lines (grounds, reasons, topics):
 * {@code @NotBlank(payload = MultiLine.class)}. Every other such text is one line, as a name, a
 * title or a classification is: a line break in it would split it wherever it is shown or exported.
 */
public interface MultiLine extends Payload {
}
