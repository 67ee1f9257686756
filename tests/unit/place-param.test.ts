import { describe, expect, it } from 'vitest';
import { EVERYWHERE, placeKey, placeParams, placeVariables, readPlace } from '../../web/src/lib/place/place-param.ts';

const read = (query: string) => readPlace(new URLSearchParams(query));

describe('the web app’s place in a URL', () => {
  it('reads every form a place has been written in', () => {
    expect(read('place=4310')).toEqual({ regionCode: '4310' });
    expect(read('code=4310')).toEqual({ regionCode: '4310' });
    expect(read('place=park:yizhang-fluorochemical-industrial-park')).toEqual({ parkId: 'yizhang-fluorochemical-industrial-park' });
    expect(read('park=yizhang-fluorochemical-industrial-park')).toEqual({ parkId: 'yizhang-fluorochemical-industrial-park' });
    expect(read('chain=lithium-battery')).toEqual(EVERYWHERE);
    expect(read('place=park:')).toEqual(EVERYWHERE);
  });

  it('writes one parameter and clears the others, so a URL never carries two places', () => {
    expect(placeParams({ regionCode: '4310' })).toEqual({ place: '4310', code: null, park: null });
    expect(placeParams({ regionCode: '4310' }, 'code')).toEqual({ place: null, code: '4310', park: null });
    expect(placeParams({ parkId: 'p' }, 'code')).toEqual({ place: 'park:p', code: null, park: null });
    expect(placeParams(EVERYWHERE)).toEqual({ place: null, code: null, park: null });
  });

  it('reads back what it writes, in either region form', () => {
    for (const place of [{ regionCode: '360824' }, { parkId: 'anyi-hi-tech-park' }, EVERYWHERE]) {
      for (const regionParam of ['place', 'code'] as const) {
        const written = Object.entries(placeParams(place, regionParam)).filter((entry): entry is [string, string] => entry[1] !== null);
        expect(readPlace(new URLSearchParams(written))).toEqual(place);
      }
    }
  });

  it('gives the API’s arguments and one key per place', () => {
    expect(placeVariables({ regionCode: '4310' })).toEqual({ regionCode: '4310' });
    expect(placeVariables({ parkId: 'p' })).toEqual({ parkId: 'p' });
    expect(placeVariables(EVERYWHERE)).toEqual({});
    expect(placeKey(read('code=4310'))).toBe(placeKey(read('place=4310')));
    expect(placeKey(read('park=p'))).not.toBe(placeKey(read('place=p')));
  });
});
