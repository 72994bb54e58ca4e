/**
 * The Medislot desktop console: start-up, settings and the window that moves between screens.
 *
 * <p>Each screen lives in its own feature package as {@code Xxx.fxml} + {@code XxxView} (loads the
 * FXML, binds controls) + {@code XxxViewModel} (state and behaviour, no scene-graph types, tested
 * without a window). Network work runs on an injected background executor; results come back
 * through an injected UI executor ({@code Platform::runLater} in the application).
 */
package com.medislot.console;
