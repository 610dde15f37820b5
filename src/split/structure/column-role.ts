/** What a task table's column holds, as its header names it (src/split/structure/task-table.ts). */
export type ColumnRole = 'seq' | 'name' | 'task' | 'measure' | 'deadline' | 'lead' | 'support' | 'unit' | 'person' | 'other';
