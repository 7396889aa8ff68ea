package io.dpds.load;

import org.jspecify.annotations.Nullable;

/**
 * A syntax error as the author is told it: what is wrong, in the terms of JSON or YAML rather than of the parser that
 * found it, and how to fix it (null: the hint of {@link LoadRules#SYNTAX}).
 */
record SyntaxFinding(String message, @Nullable String hint) {}
