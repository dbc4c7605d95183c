/**
 * Results that arrive in completion order (workers finish when they finish),
 * handed on in input order: each waits until those before it have gone.
 */
export class InOrder<T extends { readonly index: number }> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  constructor(private readonly deliver: (item: T) => void) {}

  add(item: T): void {
    this.waiting.set(item.index, item);
    for (let ready = this.waiting.get(this.next); ready !== undefined; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.deliver(ready);
    }
  }
}
