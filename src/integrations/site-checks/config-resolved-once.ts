import { StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

/**
 * html-validate's static loader resolves its one configuration again for every page it is asked
 * to validate: it rebuilds the table of every HTML element and sets up every rule, which was more
 * than half of each page's validation. This loader resolves it once and hands the same resolved
 * configuration to every page; a page given its own override is still resolved on its own.
 */
export class ConfigResolvedOnce extends StaticConfigLoader {
  #resolved: ReturnType<StaticConfigLoader['getConfigFor']> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}
