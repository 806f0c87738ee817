package dev.covrun.report;

import org.jacoco.core.analysis.IClassCoverage;

/** The coverage of one class file and where that file was found. */
record AnalysedClass(IClassCoverage coverage, ClassFile file) {}
