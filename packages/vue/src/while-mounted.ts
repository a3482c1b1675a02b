// whileMounted: the one lifecycle rule of every composable, mounted and active means bound.
import { effectScope, onActivated, onDeactivated, onMounted, onScopeDispose, onUnmounted, type EffectScope } from 'vue';

/**
 * Runs `bind` when the component mounts or a `<KeepAlive>` shows it again, and undoes it (its
 * returned release, and any watcher it created) when the component unmounts or is cached away:
 * a cached page neither hears events nor holds data or the hidden chat. Never runs on the server.
 */
export function whileMounted(bind: () => (() => void) | void): void {
  let scope: EffectScope | undefined;
  const start = () => {
    if (scope) return;
    // Detached: this scope is stopped here, exactly when the binding ends, not with a parent.
    scope = effectScope(true);
    scope.run(() => {
      const release = bind();
      if (release) onScopeDispose(release);
    });
  };
  const stop = () => {
    scope?.stop();
    scope = undefined;
  };
  onMounted(start);
  onActivated(start);
  onDeactivated(stop);
  onUnmounted(stop);
}
