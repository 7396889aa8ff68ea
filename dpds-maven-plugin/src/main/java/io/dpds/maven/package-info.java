/**
 * The Maven plugin (goal prefix {@code dpds}): {@code validate}, {@code diff}, {@code policy} and {@code bundle}, bound
 * to {@code verify}, reading the product's descriptor and its project configuration file ({@code dpds.yaml}) the way
 * the CLI does. Public: the goals, as Maven requires; nothing else.
 */
@NullMarked
package io.dpds.maven;

import org.jspecify.annotations.NullMarked;
