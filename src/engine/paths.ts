/**
 * Concrete data paths (`hunde.0.breed`) and normalised field keys (`hunde[].breed`).
 * Setting refuses prototype keys so untrusted paths can never reach Object.prototype.
 */
import type { Answers } from './types.js';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export const joinPath = (...parts: (string | number | undefined)[]): string =>
  parts.filter((p) => p !== undefined && p !== '').join('.');

/** `hunde.0.breed` -> `hunde[].breed` */
export const normalizePath = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, '[]');

export const splitPath = (path: string): (string | number)[] =>
  path === '' ? [] : path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of splitPath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

/** Immutable set: returns a new root with `value` at `path` (undefined deletes); refused paths return `root`. */
export function setPath<T extends Answers>(root: T, path: string, value: unknown): T {
  const parts = splitPath(path);
  // An empty path names no key (and would recurse without end); refused like a prototype key.
  if (parts.length === 0 || parts.some((p) => typeof p === 'string' && FORBIDDEN.has(p)))
    return root;
  const rec = (node: unknown, i: number): unknown => {
    const key = parts[i]!;
    const container: Record<string | number, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node && typeof node === 'object'
        ? { ...(node as object) }
        : typeof key === 'number'
          ? []
          : {};
    const c = container as Record<string | number, unknown>;
    if (i === parts.length - 1) {
      if (value === undefined && !Array.isArray(container)) delete c[key];
      else c[key] = value;
    } else {
      c[key] = rec(c[key], i + 1);
    }
    return container;
  };
  return rec(root, 0) as T;
}

/** Empty means "not answered": undefined, null, blank string, empty list. */
export const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);
