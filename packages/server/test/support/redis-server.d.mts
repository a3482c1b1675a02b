export declare const REDIS_SERVER: string;
export declare function freePort(): Promise<number>;
export interface RedisProcess {
  port: number;
  stop(): Promise<void>;
}
export declare function startRedis(port?: number): Promise<RedisProcess>;
