/**
 * Stryker's vitest runner with static mutants switched on before the modules load (issue 18).
 *
 * Why: @stryker-mutator/core 10.1.1 plans a static mutant (one in code that runs only while a module
 * loads, such as a zod schema or a transitions table) with `reloadEnvironment: true`, but when the
 * run has `testFiles` it also gives it `mutantActivation: "runtime"`. The vitest runner then switches
 * the mutant on in a `beforeAll`, after the test file has imported the module, so the module is built
 * unmutated and every static mutant is reported as surviving, even when its tests kill it. This is
 * stryker-js issues 6144 and 6209 (fix proposed in pull request 6145: activation follows the same
 * decision as the reload). Until a release has that fix, this runner makes the same correction:
 * any mutant that needs a fresh environment is activated statically, that is when the setup file
 * loads, before the test file imports anything. Vitest's default `isolate: true` gives each test file
 * fresh modules, so the module is then built with the mutant in place.
 *
 * Used through `testRunner: "vitest-static-activation"`; its options stay under `vitest`.
 */
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from "@stryker-mutator/api/plugin";
import { strykerPlugins as vitestPlugins } from "@stryker-mutator/vitest-runner";

const vitestFactory = vitestPlugins.find((plugin) => plugin.name === "vitest").factory;

function createRunner(injector) {
  const runner = injector.injectFunction(vitestFactory);
  return {
    capabilities: () => runner.capabilities(),
    init: () => runner.init(),
    dryRun: (options) => runner.dryRun(options),
    mutantRun: (options) =>
      runner.mutantRun(options.reloadEnvironment ? { ...options, mutantActivation: "static" } : options),
    dispose: () => runner.dispose(),
  };
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, "vitest-static-activation", createRunner)];
