/**
 * The {@code dpds} command ({@link io.dpds.cli.Main}): one class per subcommand, and the options they share. Its
 * outputs and exit codes are a public contract (README); the classes are not.
 */
@NullMarked
package io.dpds.cli;

import org.jspecify.annotations.NullMarked;
