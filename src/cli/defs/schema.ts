import type { RegisterCommand } from '../registry.js';

export const registerSchema: RegisterCommand = (program, { io, setExit, t }) => {
  program
    .command('schema')
    .description(t('imprime el JSON Schema de los avisos', 'print the notice JSON Schema'))
    .action(async () => {
      const { runSchema } = await import('../commands/schema.js');
      setExit(runSchema(io));
    });
};
