/**
 * Resolves flags, COVRUN_CHUNKS and covrun.yaml (Jackson YAML) into one immutable RunConfig. Pure apart from reading the config and classpath files.
 */
package dev.covrun.runner.config;
