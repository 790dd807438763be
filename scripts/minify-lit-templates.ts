import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Minifies the static text of Lit's `html` and `css` tagged templates at build time. JavaScript
 * minifiers leave template text alone, and in a widget library it is a large share of the bytes.
 *
 * - `css`: comments dropped, whitespace collapsed and removed around punctuation.
 * - `html`: every run of whitespace that contains a line break becomes one space — what the
 *   browser's whitespace collapsing would render anyway (Hearth has no `<pre>` in templates).
 *
 * Only literal text between `${…}` expressions changes; expressions are untouched. Templates are
 * found with the TypeScript parser, not regular expressions, so nesting cannot confuse it.
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'hearth:minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const edits = collectEdits(code, id);
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function collectEdits(code: string, fileName: string): Edit[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: Edit[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify =
        node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' ? minifyHtml : null;
      if (minify) {
        for (const part of literalParts(node.template)) {
          // The literal's text without its delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(source) + 1;
          const end =
            part.getEnd() -
            (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
          const original = code.slice(start, end);
          const text = minify(original);
          if (text !== original) edits.push({ start, end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

function literalParts(template: ts.TemplateLiteral): ts.Node[] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
