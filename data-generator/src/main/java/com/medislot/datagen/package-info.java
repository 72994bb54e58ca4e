/**
 * The data generator: a command that fills a Medislot database, migrated by Flyway, with a
 * deterministic data set at production scale (practitioners spread like the population over real
 * cities of France, Germany, Italy, Spain and the Netherlands, patients and confirmed
 * appointments), written with PostgreSQL {@code COPY} for speed.
 */
package com.medislot.datagen;
