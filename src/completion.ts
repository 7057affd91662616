/**
 * `precis completion bash|zsh|fish`: a completion script for the shell, made from the same list
 * of options the command line parses, so the two cannot drift apart.
 */

/** One option as a shell completes it. */
export interface CompletableOption {
  /** `--format` */
  long: string;
  /** `-f`, when there is one. */
  short: string | null;
  description: string;
  /** Whether a value follows the option. */
  takesValue: boolean;
  /** The values allowed, when the option lists them. */
  choices: readonly string[] | null;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The script for `shell`; its last line says how to install it. */
export function completionScript(shell: Shell, options: readonly CompletableOption[]): string {
  if (shell === 'bash') return bash(options);
  if (shell === 'zsh') return zsh(options);
  return fish(options);
}

/** `text` quoted for a POSIX shell's single quotes. */
function single(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function bash(options: readonly CompletableOption[]): string {
  const words = options.flatMap((option) => (option.short ? [option.short, option.long] : [option.long]));
  const valued = options.filter((option) => option.takesValue);
  const cases = valued.map((option) => {
    const names = option.short ? `${option.short}|${option.long}` : option.long;
    const reply = option.choices ? `COMPREPLY=($(compgen -W ${single(option.choices.join(' '))} -- "$cur"))` : 'COMPREPLY=($(compgen -f -- "$cur"))';
    return `    ${names}) ${reply}; return ;;`;
  });
  return `# precis completion for bash. Install: precis completion bash > ~/.local/share/bash-completion/completions/precis
_precis() {
  local cur prev
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ] && [[ "completion" == "$cur"* ]] && [[ "$cur" != -* ]]; then
    COMPREPLY=($(compgen -W "completion" -- "$cur") $(compgen -f -- "$cur")); return
  fi
  if [ "\${COMP_WORDS[1]}" = "completion" ]; then COMPREPLY=($(compgen -W ${single(SHELLS.join(' '))} -- "$cur")); return; fi
  case "$prev" in
${cases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${single(words.join(' '))} -- "$cur")); return; fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _precis precis
`;
}

function zsh(options: readonly CompletableOption[]): string {
  const specs = options.map((option) => {
    const description = option.description.replace(/[[\]:\\]/g, '\\$&').replace(/'/g, `'\\''`);
    const value = option.takesValue ? (option.choices ? `:value:(${option.choices.join(' ')})` : ':value:_files') : '';
    const names = option.short ? `{${option.short},${option.long}}` : option.long;
    return option.short ? `    '(${option.short} ${option.long})'${names}'[${description}]${value}'` : `    '${names}[${description}]${value}'`;
  });
  return `#compdef precis
# precis completion for zsh. Install: precis completion zsh > "\${fpath[1]}/_precis", then restart zsh.
_precis() {
  if (( CURRENT == 3 )) && [[ \${words[2]} == completion ]]; then _values shell ${SHELLS.join(' ')}; return; fi
  _arguments -s \\
${specs.join(' \\\n')} \\
    '*:input:_files'
}
_precis "$@"
`;
}

function fish(options: readonly CompletableOption[]): string {
  const lines = options.map((option) => {
    const parts = ['complete -c precis'];
    if (option.short) parts.push(`-s ${option.short.slice(1)}`);
    parts.push(`-l ${option.long.slice(2)}`);
    if (option.takesValue) parts.push(option.choices ? `-x -a ${single(option.choices.join(' '))}` : '-r -F');
    parts.push(`-d ${single(option.description)}`);
    return parts.join(' ');
  });
  return `# precis completion for fish. Install: precis completion fish > ~/.config/fish/completions/precis.fish
${lines.join('\n')}
complete -c precis -n '__fish_use_subcommand' -a completion -d 'print a shell completion script'
complete -c precis -n '__fish_seen_subcommand_from completion' -x -a ${single(SHELLS.join(' '))}
`;
}
