// govuk-frontend ships no type declarations; these cover the parts Promise initialises.
declare module 'govuk-frontend' {
  export class ServiceNavigation {
    constructor($root: Element);
  }
  export class SkipLink {
    constructor($root: Element);
  }
  export class Button {
    constructor($root: Element, config?: { preventDoubleClick?: boolean });
  }
  export class ErrorSummary {
    constructor($root: Element, config?: { disableAutoFocus?: boolean });
  }
}
