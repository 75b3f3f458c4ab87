import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The suite's files run side by side on every processor, so a page may take longer than the library's default
// second to show what a test waits for on a busy machine; a wait that is never met still fails.
configure({ asyncUtilTimeout: 3000 });

// jsdom's Blob has no text(); browsers do. Read it the old way so components can use the standard call.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}
