/** JMH benchmarks of the availability engine. Figures and commands: docs/benchmarks.md. */
package com.medislot.benchmarks;
