/**
 * The UI kit: what every module's views share, and nothing else (ADR 0019). How a refusal from a facade is shown
 * ({@link se.vardkedjan.uikit.Problems}, with the version-conflict reload), a row of fields side by side
 * ({@link se.vardkedjan.uikit.FieldRow}), a labelled value ({@link se.vardkedjan.uikit.LabelledValue}), the Swedish
 * date and time formats ({@link se.vardkedjan.uikit.SwedishTime}) and the views' clock
 * ({@link se.vardkedjan.uikit.ViewClock}); and the start page's extension point, which every module's {@code ui}
 * package may implement ({@link se.vardkedjan.uikit.WorkItemSource}, {@link se.vardkedjan.uikit.StartPagePanel}) and
 * its list ({@link se.vardkedjan.uikit.WorkItemList}, ADR 0022). It uses Vaadin and the shared kernel and knows no
 * business module; only the modules' {@code ui} packages (and the platform's) use it. A shared module: module tests bootstrap it with every module.
 */
@ApplicationModule(displayName = "UI kit", allowedDependencies = { "sharedkernel" })
package se.vardkedjan.uikit;

import org.springframework.modulith.ApplicationModule;
